import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { BoDatePipe } from './bo-date';
import { Cents } from './money';
import { BsPipe } from './money.pipe';

/**
 * An amount read from the service, saying so when its last read failed: the value shown is
 * the one of `at`, with a way to read it again.
 */
@Component({
  selector: 'app-stale-amount',
  imports: [BsPipe, BoDatePipe],
  template: `
    <strong [attr.data-testid]="testId()">{{ value() | bs }}</strong>
    @if (stale()) {
      <span class="stale" role="alert">
        sin actualizar desde {{ at() | boDate: 'hora' }}
        <button class="btn" type="button" (click)="retry.emit()">Reintentar</button>
      </span>
    }
  `,
  styles: `
    .stale {
      color: var(--mat-sys-error);
      font-size: 14px;
      margin-left: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaleAmount {
  readonly value = input.required<Cents | null>();
  readonly at = input<Date | null>(null);
  readonly stale = input(false);
  readonly testId = input<string | null>(null);
  readonly retry = output<void>();
}
