import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Errors of a form or an operation, in Spanish, announced as an alert; nothing when empty. */
@Component({
  selector: 'app-error-alert',
  template: `
    @if (messages().length) {
      <div class="notice errors" role="alert">
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
