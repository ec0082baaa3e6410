import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Errors of a form or an operation, in Spanish, announced as an alert; nothing when empty. */
@Component({
  selector: 'app-error-alert',
  template: `
    @if (messages().length) {
      <div class="errors" role="alert">
        @for (m of messages(); track $index) {
          <p>{{ m }}</p>
        }
      </div>
    }
  `,
  styles: `
    .errors {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-radius: 8px;
      padding: 8px 12px;
      margin: 8px 0;
    }
    p {
      margin: 4px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorAlert {
  readonly messages = input.required<readonly string[]>();
}
