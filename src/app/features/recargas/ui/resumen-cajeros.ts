import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BoDatePipe } from '../../../shared/bo-date';
import { BsPipe } from '../../../shared/money.pipe';
import { boliviaDay } from '../data-access/history-filter';
import { CajeroView } from '../data-access/resumen-view';

/**
 * The region `Ventas por cajero`: each cashier by name with the day's top-ups, and the
 * sessions open at some time of the day (till, opened, closed, state).
 */
@Component({
  selector: 'app-resumen-cajeros',
  imports: [BsPipe, BoDatePipe],
  template: `
    <section aria-labelledby="ventas-cajero-title">
      <h2 id="ventas-cajero-title">Ventas por cajero</h2>
      @if (cajeros().length === 0) {
        <p class="muted">Nadie vendió ni abrió caja este día.</p>
      }
      <ul class="cajeros">
        @for (c of cajeros(); track c.idUsuario) {
          <li class="cajero">
            <div class="who">
              <span class="name">{{ c.nombre }}</span>
              <span class="count">
                {{ c.recargas.count }} {{ c.recargas.count === 1 ? 'recarga' : 'recargas' }}
              </span>
              <span class="amount">{{ c.recargas.cents | bs }}</span>
            </div>
            @if (c.sesiones.length) {
              <table [attr.aria-label]="'Sesiones de ' + c.nombre">
                <thead>
                  <tr>
                    <th scope="col">Sesión</th>
                    <th scope="col">Caja</th>
                    <th scope="col">Apertura</th>
                    <th scope="col">Cierre</th>
                    <th scope="col">Estado</th>
                  </tr>
                </thead>
                <tbody>
                  @for (s of c.sesiones; track s.id) {
                    <tr>
                      <td>{{ s.id }}</td>
                      <td>{{ s.cajaNombre }}</td>
                      <td>{{ s.fechaApertura | boDate: format(s.fechaApertura) }}</td>
                      <td>
                        {{ s.fechaCierre ? (s.fechaCierre | boDate: format(s.fechaCierre)) : '—' }}
                      </td>
                      <td>{{ s.estado === 'ABIERTA' ? 'Abierta' : 'Cerrada' }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            }
          </li>
        }
      </ul>
    </section>
  `,
  styleUrl: './resumen.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResumenCajeros {
  readonly cajeros = input.required<readonly CajeroView[]>();
  /** The Bolivian day shown: times of that day read `08:05`, others carry their date. */
  readonly day = input.required<number>();

  protected format(date: Date): 'hora' | 'fecha-hora' {
    return boliviaDay(date.getTime()) === this.day() ? 'hora' : 'fecha-hora';
  }
}
