import { computed, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { EMPTY, Observable, debounceTime, map, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { DataChangedService } from '../../../core/realtime/data-changed.service';
import { SesionCaja } from '../../../core/session/caja.model';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { formatMegabytes } from '../../../shared/bytes';
import { Cents } from '../../../shared/money';
import {
  InyeccionesHistoryStore,
  RecargasHistoryStore,
} from '../../recargas/data-access/history.store';
import { LedgerStore } from '../../recargas/data-access/ledger/ledger.store';
import { cuadrar } from '../data-access/cierre';
import { CierreCalc } from '../data-access/cierre-calc';
import { CerrarCajaData, CerrarCajaDialog } from '../ui/cerrar-caja-dialog';
import { CierreData } from '../ui/cierre-report';

/**
 * Closing a till: the dialog reads the session's rows from the service now (with progress,
 * no figures until they are in), the cashier types the counted cash, the service closes the
 * session and the report carries the service's own figures. Emits the report, or nothing when
 * the cashier cancels. Call in the page's injection context.
 */
export function injectCloseTill(): (sesion: SesionCaja) => Observable<CierreData> {
  const dialog = inject(MatDialog);
  const auth = inject(AuthService);
  const sesionCaja = inject(SesionCajaStore);
  const ledger = inject(LedgerStore);
  const recargas = inject(RecargasHistoryStore);
  const inyecciones = inject(InyeccionesHistoryStore);
  const changes = inject(DataChangedService).events$;
  const progress = computed(() => {
    const loaded = (recargas.progress()?.loaded ?? 0) + (inyecciones.progress()?.loaded ?? 0);
    return loaded > 0 ? formatMegabytes(loaded) : null;
  });

  return (sesion) => {
    const calc = new CierreCalc(sesion, {
      // A download that starts now, made into objects for this session's rows only.
      recargas: () => recargas.freshReadOfSesiones([sesion.id]).pipe(map((r) => r.rows)),
      inyecciones: () => inyecciones.freshReadOfSesiones([sesion.id]).pipe(map((r) => r.rows)),
      tillCash: () => sesionCaja.freshTillCash(0),
      ledger: () => ({ recargas: ledger.recargas(), inyecciones: ledger.inyecciones() }),
      changes: changes.pipe(debounceTime(300)),
    });
    const cajaNombre = sesionCaja.cajaNombre() ?? '';
    // Who counted, as the dialog opened (the report must not name a later sign-in).
    const cajero = auth.user()?.name ?? '';
    return dialog
      .open<CerrarCajaDialog, CerrarCajaData, Cents | null>(CerrarCajaDialog, {
        data: { calc, progress },
        width: '460px',
      })
      .afterClosed()
      .pipe(
        switchMap((contado) => {
          const figures = calc.figures();
          calc.destroy();
          if (contado === null || contado === undefined || !figures) return EMPTY;
          return sesionCaja.cerrar(sesion.id, contado).pipe(
            map((closed): CierreData => ({
              sesion: closed,
              cajaNombre,
              cajero,
              resumen: figures.resumen,
              // The service's own expected amount and difference, rounded to the cent.
              cuadre: cuadrar(
                closed.montoInicial,
                figures.resumen,
                closed.montoFinalTeorico ?? figures.cuadre.esperado,
              ),
              contado: closed.montoFinalReal ?? contado,
              diferencia: closed.diferencia,
              discrepancias: figures.discrepancias,
            })),
          );
        }),
      );
  };
}
