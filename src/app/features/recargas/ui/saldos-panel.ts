import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BsPipe } from '../../../shared/money.pipe';
import type { SaldoView } from '../data-access/saldos.store';

/**
 * The region `Saldos de operadoras`: one list item per operator, warned below its threshold
 * (the supervisor's own on this device, or the app's default: SaldosStore decides).
 */
@Component({
  selector: 'app-saldos-panel',
  imports: [BsPipe],
  template: `
    <section class="saldos" aria-labelledby="saldos-title">
      <h2 id="saldos-title">Saldos de operadoras</h2>
      <ul>
        @for (item of items(); track item.operadora) {
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
}
