import { BoDatePipe } from '../../../shared/bo-date';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { BsPipe } from '../../../shared/money.pipe';
import { groupPhone } from '../../../shared/phone';
import { RecargaCliente } from '../data-access/recargas.model';

/** The open session's latest top-ups, each with a reprint of its receipt. */
@Component({
  selector: 'app-recientes-list',
  imports: [BoDatePipe, BsPipe],
  template: `
    <section aria-labelledby="recientes-title">
      <h2 id="recientes-title">Recargas de esta caja</h2>
      @if (recargas().length === 0) {
        <p class="muted">
          {{ loading() ? 'Cargando…' : 'Todavía no hay recargas en esta sesión.' }}
        </p>
      } @else {
        <ul>
          @for (r of recargas(); track r.id) {
            <li>
              <span>{{ r.fechaHora | boDate: 'hora' }}</span>
              <span>{{ r.operadora }}</span>
              <span>{{ phone(r.numeroCliente) }}</span>
              <span>{{ r.monto | bs }}</span>
              <button
                class="btn"
                type="button"
                (click)="reprint.emit(r)"
                [attr.aria-label]="'Reimprimir comprobante #' + r.id"
              >
                Reimprimir
              </button>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    h2 {
      font-size: 18px;
      margin: 0 0 12px;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    li {
      display: grid;
      grid-template-columns: 48px 48px 1fr auto auto;
      gap: 8px;
      align-items: center;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      font-variant-numeric: tabular-nums;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecientesList {
  readonly recargas = input.required<readonly RecargaCliente[]>();
  readonly loading = input(false);
  readonly reprint = output<RecargaCliente>();
  protected readonly phone = groupPhone;
}
