import { BoDatePipe } from '../../../shared/bo-date';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { SesionCaja } from '../../../core/session/caja.model';
import { Cents } from '../../../shared/money';
import { BsPipe } from '../../../shared/money.pipe';
import { SHOP_NAME } from '../../../shared/shop';
import { CuadreCaja, Discrepancia, OperadoraResumen, ResumenSesion } from '../data-access/cierre';

export interface CierreData {
  sesion: SesionCaja;
  cajaNombre: string;
  cajero: string;
  resumen: ResumenSesion;
  cuadre: CuadreCaja;
  contado: Cents | null;
  diferencia: Cents | null;
  /** Rows of the service this device's ledger lacks, or the other way round. */
  discrepancias?: readonly Discrepancia[];
}

/** The one-page cierre de caja, readable on A4 and on an 80 mm receipt printer. */
@Component({
  selector: 'app-cierre-report',
  imports: [BsPipe, BoDatePipe],
  templateUrl: './cierre-report.html',
  styleUrl: './cierre-report.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CierreReport {
  readonly data = input.required<CierreData>();
  protected readonly shop = SHOP_NAME;
  protected readonly tables = [
    {
      caption: 'Recargas vendidas (ingreso)',
      count: (o: OperadoraResumen) => o.recargas,
      amount: (o: OperadoraResumen) => o.montoRecargas,
      total: (r: ResumenSesion) => [r.recargas, r.montoRecargas] as const,
    },
    {
      caption: 'Inyecciones pagadas (egreso)',
      count: (o: OperadoraResumen) => o.inyecciones,
      amount: (o: OperadoraResumen) => o.montoInyecciones,
      total: (r: ResumenSesion) => [r.inyecciones, r.montoInyecciones] as const,
    },
  ];
}
