import { Injectable, Injector, inject, signal } from '@angular/core';
import { Observable, from, switchMap } from 'rxjs';
import type { InyeccionesHistoryStore, RecargasHistoryStore } from '../history.store';
import { InyeccionOperadora, RecargaCliente } from '../recargas.model';
import { OperacionTipo } from './ledger.model';

/** What a fresh read hands the ledger: a few sessions' rows, and the highest id seen. */
export interface SesionesRead {
  rows: readonly (RecargaCliente | InyeccionOperadora)[];
  maxId: number | null;
}

interface Stores {
  recarga: RecargasHistoryStore;
  inyeccion: InyeccionesHistoryStore;
}

/**
 * The history stores as the counter reaches them: loaded on first need (a lost answer, a
 * watched verdict), so their code and worker stay out of the counter's first load.
 */
@Injectable({ providedIn: 'root' })
export class HistoryAccess {
  private readonly injector = inject(Injector);
  private loading: Promise<Stores> | null = null;
  private readonly storesState = signal<Stores | null>(null);

  /** The stores once loaded (a history screen or a check loaded them). */
  readonly stores = this.storesState.asReadonly();

  load(): Promise<Stores> {
    return (this.loading ??= import('../history.store').then((m) => {
      const stores = {
        recarga: this.injector.get(m.RecargasHistoryStore),
        inyeccion: this.injector.get(m.InyeccionesHistoryStore),
      };
      this.storesState.set(stores);
      return stores;
    }));
  }

  /**
   * A history read started after this call (see HistoryStore.freshReadOfSesiones): the rows
   * of these sessions only, as objects, and the highest id of the whole read.
   */
  freshRead(tipo: OperacionTipo, idSesiones: readonly number[]): Observable<SesionesRead> {
    return from(this.load()).pipe(
      switchMap((s): Observable<SesionesRead> => s[tipo].freshReadOfSesiones(idSesiones)),
    );
  }

  /** An own operation confirmed: shown in a loaded history at once. */
  addLocal(tipo: OperacionTipo, row: RecargaCliente | InyeccionOperadora): void {
    const s = this.storesState();
    if (!s) return;
    if (tipo === 'recarga') s.recarga.addLocal(row as RecargaCliente);
    else s.inyeccion.addLocal(row as InyeccionOperadora);
  }
}
