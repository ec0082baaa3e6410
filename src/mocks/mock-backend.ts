import { OperadoraNombre } from './operadoras';
import { cerrarCaja, montoTeorico } from './cajas.ops';
import { ConfigStore, MockConfig } from './config';
import { MockDb } from './db';
import { FaultControl, FaultQueue } from './faults';
import { generateHistory, GenerateResult } from './generate';
import { createHandlers } from './handlers';
import { DataChangedAction, MockContext } from './handlers/context';
import { decimalCents } from './money';
import { nextId } from './model';
import { Persistence } from './persistence';
import { createSeedState } from './seed';

/** `window.__kantutaMock`: what e2e specs (Playwright) and the dev use to drive the mock. */
export interface KantutaMockApi {
  reset(): Promise<void>;
  generate(recargas: number, inyecciones?: number): Promise<GenerateResult>;
  configure(partial: Partial<MockConfig>): MockConfig;
  config(): MockConfig;
  /** Removes the operator's pool row: top-ups for it answer 404 until an injection. */
  setOperadoraMissing(nombre: OperadoraNombre): Promise<void>;
  /** Sets (or creates) an operator's pool, in bolivianos. */
  setOperadoraSaldo(nombre: OperadoraNombre, monto: number): Promise<void>;
  /** Sets a till's cash, in bolivianos. */
  setCajaSaldo(idCaja: number, monto: number): Promise<void>;
  /** Closes a session as if from another device (counted = expected unless given). */
  closeSession(idSesion: number, montoFinalReal?: number): Promise<void>;
  counts(): { recargas: number; inyecciones: number; sesiones: number };
  faults: FaultControl;
}

export interface MockBackendOptions {
  persistence: Persistence;
  config: ConfigStore;
  now?: () => number;
  notify?: (action: DataChangedAction) => void;
}

/**
 * The in-page stand-in for the service's `dataChanged` socket event; the app listens for this
 * name (MOCK_DATA_CHANGED_EVENT in core/mock-control.ts, checked by mock-backend.spec.ts).
 */
export const DATA_CHANGED_EVENT = 'kantuta:dataChanged';

export function dispatchDataChanged(action: DataChangedAction): void {
  window.dispatchEvent(new CustomEvent(DATA_CHANGED_EVENT, { detail: { entity: 'caja', action } }));
}

export async function createMockBackend(options: MockBackendOptions) {
  const now = options.now ?? Date.now;
  const db = await MockDb.open(options.persistence, () => createSeedState(now()));
  const ctx: MockContext = {
    db,
    config: options.config,
    faults: new FaultQueue(),
    now,
    notify: options.notify ?? dispatchDataChanged,
  };
  // Test controls change the state other tabs may have saved since: read it first, as requests do.
  const change = async (action: DataChangedAction, apply: () => void) => {
    await db.exclusive(async () => {
      apply();
      await db.save();
    });
    ctx.notify(action);
  };

  const api: KantutaMockApi = {
    reset: () => db.exclusive(() => db.replace(createSeedState(now()))),
    generate: (recargas, inyecciones) =>
      db.exclusive(async () => {
        const result = generateHistory(db.state, recargas, inyecciones, now());
        await db.save();
        return result;
      }),
    configure: (partial) => options.config.write(partial),
    config: () => options.config.read(),
    setOperadoraMissing: (nombre) =>
      change('saldo_actualizado', () => {
        db.state.operadoras = db.state.operadoras.filter((o) => o.nombre !== nombre);
      }),
    setOperadoraSaldo: (nombre, monto) =>
      change('saldo_actualizado', () => {
        const saldo = decimalCents(monto, 'round');
        const row = db.operadora(nombre);
        if (row) Object.assign(row, { saldo, updatedAt: now() });
        else {
          const id = nextId(db.state.operadoras);
          db.state.operadoras.push({ id, nombre, saldo, createdAt: now(), updatedAt: now() });
        }
      }),
    setCajaSaldo: (idCaja, monto) =>
      change('saldo_actualizado', () => {
        const caja = db.caja(idCaja);
        if (!caja) throw new Error(`No existe la caja ${idCaja}`);
        Object.assign(caja, { saldo: decimalCents(monto, 'round'), updatedAt: now() });
      }),
    closeSession: (idSesion, montoFinalReal) =>
      change('CAJA_CERRADA', () => {
        const sesion = db.sesion(idSesion);
        if (!sesion) throw new Error(`No existe la sesión ${idSesion}`);
        const counted = montoFinalReal ?? montoTeorico(db, sesion);
        cerrarCaja(
          db,
          idSesion,
          { monto_final_real: counted, id_user_update: sesion.idUsuario },
          now(),
        );
      }),
    counts: () => ({
      recargas: db.state.recargas.length,
      inyecciones: db.state.inyecciones.length,
      sesiones: db.state.sesiones.length,
    }),
    faults: ctx.faults,
  };
  return { api, db, ctx, handlers: createHandlers(ctx) };
}
