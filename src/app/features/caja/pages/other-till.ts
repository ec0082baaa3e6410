import { DestroyRef, Signal, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  Observable,
  catchError,
  distinctUntilChanged,
  map,
  merge,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { Cents } from '../../../shared/money';
import {
  InyeccionesHistoryStore,
  RecargasHistoryStore,
} from '../../recargas/data-access/history.store';

/**
 * The cash in another user's open till now (a supervisor's look at a cashier's session):
 * `cash` when read, null with `why` when the service could not say.
 */
export interface OtherTill {
  id: number;
  cash: Cents | null;
  /** `cerrada`: the service no longer has the session open (closed on another device). */
  why?: 'cerrada' | 'error';
}

/**
 * Reads `/cajas/sesion/:id/balance` for the open session `sesionId()` names (null: none to
 * read), and again each time a history lands, so the expected cash and the rows beside it are
 * of one moment. Undefined while the first read of a session runs; a later read keeps the
 * last figure until it answers. A 404 means the session closed elsewhere: both histories are
 * read again, which brings it closed. Call in an injection context.
 */
export function injectOtherTill(
  sesionId: Signal<number | null>,
): Signal<OtherTill | undefined | null> {
  const sesionCaja = inject(SesionCajaStore);
  const recargas = inject(RecargasHistoryStore);
  const inyecciones = inject(InyeccionesHistoryStore);
  const destroyRef = inject(DestroyRef);
  const reread = new Set<number>();
  const key = computed(() => {
    const id = sesionId();
    if (id === null) return null;
    const at = `${recargas.loadedAt()?.getTime()}|${inyecciones.loadedAt()?.getTime()}`;
    return { id, at };
  });
  const closedElsewhere = (id: number) => {
    if (reread.has(id)) return;
    reread.add(id);
    merge(recargas.freshRead(), inyecciones.freshRead())
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe({ error: () => undefined });
  };
  const read = (id: number): Observable<OtherTill> =>
    sesionCaja.tillCashOf(id).pipe(
      map((cash): OtherTill => ({ id, cash })),
      catchError((e: unknown) => {
        const cerrada = toApiError(e).status === 404;
        if (cerrada) closedElsewhere(id);
        return of<OtherTill>({ id, cash: null, why: cerrada ? 'cerrada' : 'error' });
      }),
    );
  let shown: number | null = null;
  return toSignal(
    toObservable(key).pipe(
      distinctUntilChanged((a, b) => a?.id === b?.id && a?.at === b?.at),
      switchMap((k) => {
        const first = k?.id !== shown;
        shown = k?.id ?? null;
        if (k === null) return of(null);
        return first ? read(k.id).pipe(startWith(undefined)) : read(k.id);
      }),
    ),
    { initialValue: undefined },
  );
}
