import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Cents } from '../../../shared/money';
import { BsPipe } from '../../../shared/money.pipe';
import { OperadoraNombre } from '../data-access/operadora';
import { LOW_BALANCE_THRESHOLD, SaldoView } from '../data-access/saldos.store';

/**
 * The region `Saldos de operadoras`: one list item per operator, warned below the threshold:
 * the supervisor's own per operator (`umbrales`, PoolSettingsStore) or the app's default.
 */
@Component({
  selector: 'app-saldos-panel',
  imports: [BsPipe],
  template: `
    <section class="saldos" aria-labelledby="saldos-title">
      <h2 id="saldos-title">Saldos de operadoras</h2>
      <ul>
        @for (item of shown(); track item.operadora) {
          <li [class]="'op op-' + item.operadora.toLowerCase()" [class.low]="item.low">
            <span class="name">{{ item.operadora }}</span>
            @if (item.saldo === null) {
              <span class="amount muted">{{ loaded() ? 'Sin configurar' : '…' }}</span>
            } @else {
              <span class="amount">{{ item.saldo | bs }}</span>
            }
            @if (item.low) {
              <span class="warn">Saldo bajo (menos de {{ item.threshold | bs }})</span>
            }
          </li>
        }
      </ul>
    </section>
  `,
  styleUrl: './saldos-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaldosPanel {
  readonly items = input.required<SaldoView[]>();
  readonly loaded = input(true);
  /** Thresholds per operator set on this device; an operator without one uses the default. */
  readonly umbrales = input<Readonly<Partial<Record<OperadoraNombre, Cents>>> | null>(null);

  protected readonly shown = computed(() => {
    const umbrales = this.umbrales();
    return this.items().map((item) => {
      const umbral = umbrales?.[item.operadora];
      if (umbral === undefined) return { ...item, threshold: LOW_BALANCE_THRESHOLD };
      return { ...item, threshold: umbral, low: item.saldo !== null && item.saldo < umbral };
    });
  });
}
