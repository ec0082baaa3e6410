import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Cents } from '../../../shared/money';
import { BsPipe } from '../../../shared/money.pipe';
import { OperadoraTotal } from '../data-access/history-index';

/** Count and amount per operator and in total of what the table shows (outside its rows). */
@Component({
  selector: 'app-history-totals',
  imports: [BsPipe],
  template: `
    <section class="totales" aria-labelledby="totales-title">
      <h2 id="totales-title">Totales de lo mostrado</h2>
      <ul>
        @for (t of porOperadora(); track t.operadora) {
          <li [class]="'op op-' + t.operadora.toLowerCase()">
            <span class="name">{{ t.operadora }}</span>
            <span class="count">{{ t.count }} {{ t.count === 1 ? singular() : plural() }}</span>
            <span class="amount">{{ t.cents | bs }}</span>
          </li>
        }
        <li class="op total">
          <span class="name">Total</span>
          <span class="count"
            >{{ total().count }} {{ total().count === 1 ? singular() : plural() }}</span
          >
          <span class="amount">{{ total().cents | bs }}</span>
        </li>
      </ul>
    </section>
  `,
  styles: `
    h2 {
      font-size: 16px;
      margin: 16px 0 8px;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(170px, 1fr));
      gap: 8px;
    }
    .op {
      display: flex;
      flex-direction: column;
      padding: 8px 12px;
      border-radius: 8px;
      border-left: 6px solid var(--op-color, var(--mat-sys-outline));
      background: var(--mat-sys-surface-container);
    }
    .name {
      font-weight: 500;
    }
    .count {
      font-size: 13px;
      color: var(--mat-sys-on-surface-variant);
    }
    .amount {
      font-size: 18px;
      font-variant-numeric: tabular-nums;
    }
    .total {
      background: var(--mat-sys-secondary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryTotals {
  readonly porOperadora = input.required<readonly OperadoraTotal[]>();
  readonly total = input.required<{ count: number; cents: Cents }>();
  /** `recarga` / `recargas`, `inyección` / `inyecciones`. */
  readonly singular = input.required<string>();
  readonly plural = input.required<string>();
}
