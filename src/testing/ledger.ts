import { computed, signal } from '@angular/core';
import { deleteDB } from 'idb';
import { Observable, Subject, map } from 'rxjs';
import { SesionCaja } from '../app/core/session/caja.model';
import { Cents } from '../app/shared/money';
import { LedgerDb } from '../app/features/recargas/data-access/ledger/ledger.db';
import { LedgerOp } from '../app/features/recargas/data-access/ledger/ledger.model';
import { OperadoraNombre } from '../app/features/recargas/data-access/operadora';
import { RecargaCliente } from '../app/features/recargas/data-access/recargas.model';

/** A ledger entry: a Tigo top-up of Bs 20,00 to 7654 3210 by user 3 in session 1, unless told. */
export function ledgerOp(over: Partial<LedgerOp> = {}): LedgerOp {
  return {
    key: 'k1',
    tipo: 'recarga',
    userId: 3,
    sesionId: 1,
    operadora: OperadoraNombre.Tigo,
    numero: '76543210',
    monto: 2000 as Cents,
    baselineId: 40,
    sentAt: Date.parse('2026-11-25T18:00:00Z'),
    estado: 'applied',
    rowId: 41,
    rowAt: Date.parse('2026-11-25T18:00:01Z'),
    reconciled: false,
    late: false,
    announced: false,
    checks: [],
    watchUntil: null,
    ...over,
  };
}

/** A top-up row of the service's history (same defaults as ledgerOp). */
export function recargaRow(over: Partial<RecargaCliente> = {}): RecargaCliente {
  return {
    id: 41,
    operadora: OperadoraNombre.Tigo,
    numeroCliente: '76543210',
    monto: 2000 as Cents,
    fechaHora: new Date('2026-11-25T18:00:01Z'),
    idSesion: 1,
    idUsuario: 3,
    ...over,
  };
}

/**
 * A history store as OperacionesStore and LedgerWatch use it: each freshReadOfSesiones() hands
 * out a Subject the spec answers with whole-history rows (`reads`; the sessions asked for are
 * in `readSesiones`, and only their rows reach the caller), `rows` is what the store holds,
 * `added` what was added. Reading the whole history (`freshRead`) fails the spec.
 */
export function fakeHistoryStore<T extends { id: number; idSesion: number }>() {
  const reads: Subject<readonly T[]>[] = [];
  const readSesiones: number[][] = [];
  const added: T[] = [];
  const rows = signal<readonly T[] | null>(null);
  return {
    reads,
    readSesiones,
    added,
    rows,
    /** Set with `rows`: a landed history (the store's columns stand for it). */
    columns: computed(() => rows()),
    rowsOfSesion: (id: number) => (rows() ?? []).filter((r) => r.idSesion === id),
    freshRead: (): Observable<readonly T[]> => {
      throw new Error('The whole history was read (100,000 rows as objects).');
    },
    freshReadOfSesiones: (ids: readonly number[]) => {
      const read = new Subject<readonly T[]>();
      reads.push(read);
      readSesiones.push([...ids]);
      return read.pipe(
        map((all) => ({
          rows: all.filter((r) => ids.includes(r.idSesion)),
          maxId: all.reduce((max, r) => Math.max(max, r.id), 0),
        })),
      );
    },
    addLocal: (row: T) => void added.push(row),
  };
}

/** The open session 1 of user 3 on till 1, Bs 500,00 at the start. */
export const SESION_1: SesionCaja = {
  id: 1,
  idCaja: 1,
  idUsuario: 3,
  montoInicial: 50000 as Cents,
  montoFinalTeorico: null,
  montoFinalReal: null,
  diferencia: null,
  estado: 'ABIERTA',
  fechaApertura: new Date('2026-11-25T12:00:00Z'),
  fechaCierre: null,
  caja: null,
};

/** The session store as the ledger and the money flow read it, without HTTP. */
export function fakeSesionCaja(sesion: SesionCaja | null = SESION_1) {
  return {
    sesion: signal<SesionCaja | null | undefined>(sesion),
    refreshTillCash: jasmine.createSpy('refreshTillCash'),
    markClosedElsewhere: jasmine.createSpy('markClosedElsewhere'),
  };
}

/** The signed-in user as the ledger reads it; set() to sign another one in. */
export function fakeAuth(id: number | null = 3) {
  return { user: signal(id === null ? null : { id, name: 'Carla', role: 'cajero' as const }) };
}

let dbCount = 0;
/** A ledger database of its own for one spec; `drop()` closes and deletes it. */
export function testLedgerDb(): { name: string; open(): LedgerDb; drop(): Promise<void> } {
  const name = `kantuta-ledger-spec-${Date.now()}-${++dbCount}`;
  const opened: LedgerDb[] = [];
  return {
    name,
    open() {
      const db = new LedgerDb(name);
      opened.push(db);
      return db;
    },
    async drop() {
      await Promise.all(opened.map((db) => db.close()));
      await deleteDB(name);
    },
  };
}
