import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { Cents } from '../../../shared/money';
import { BsPipe } from '../../../shared/money.pipe';

/** The usual amounts, one keystroke away; each offered only within the chosen pool. */
@Component({
  selector: 'app-quick-amounts',
  imports: [BsPipe],
  template: `
    <div class="quick" role="group" aria-label="Montos rápidos">
      @for (amount of amounts(); track amount) {
        <button
          class="btn btn-stroked"
          type="button"
          [disabled]="disabled() || (limit() !== null && amount > limit()!)"
          (click)="pick.emit(amount)"
        >
          {{ amount | bs }}
        </button>
      }
    </div>
  `,
  styles: `
    .quick {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuickAmounts {
  readonly amounts = input.required<readonly Cents[]>();
  /** The chosen operator's pool (0 when it has no row); null when no operator is chosen. */
  readonly limit = input<Cents | null>(null);
  readonly disabled = input(false);
  readonly pick = output<Cents>();
}
