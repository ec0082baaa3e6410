import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BsPipe } from '../../../shared/money.pipe';
import { OperadoraDia, Suma } from '../data-access/resumen';

/** The region `Ventas por operadora`: the day's top-ups and injections per operator, exact. */
@Component({
  selector: 'app-resumen-operadoras',
  imports: [BsPipe],
  template: `
    <section aria-labelledby="ventas-op-title">
      <h2 id="ventas-op-title">Ventas por operadora</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Operadora</th>
            <th scope="col" class="num">Recargas</th>
            <th scope="col" class="num">Monto vendido</th>
            <th scope="col" class="num">Inyecciones</th>
            <th scope="col" class="num">Monto inyectado</th>
          </tr>
        </thead>
        <tbody>
          @for (o of porOperadora(); track o.operadora) {
            <tr>
              <th scope="row" [class]="'op op-' + o.operadora.toLowerCase()">{{ o.operadora }}</th>
              <td class="num">{{ o.recargas.count }}</td>
              <td class="num">{{ o.recargas.cents | bs }}</td>
              <td class="num">{{ o.inyecciones.count }}</td>
              <td class="num">{{ o.inyecciones.cents | bs }}</td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td class="num">{{ total().recargas.count }}</td>
            <td class="num">{{ total().recargas.cents | bs }}</td>
            <td class="num">{{ total().inyecciones.count }}</td>
            <td class="num">{{ total().inyecciones.cents | bs }}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  `,
  styleUrl: './resumen.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResumenOperadoras {
  readonly porOperadora = input.required<readonly OperadoraDia[]>();
  readonly total = input.required<{ recargas: Suma; inyecciones: Suma }>();
}
