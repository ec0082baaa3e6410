import { OperadoraNombre } from './operadoras';
import { CajaRow, DbState, OperadoraRow, SesionRow } from './model';
import { Persistence } from './persistence';

/** The Web Lock every tab's mock takes around a request. */
const DB_LOCK = 'kantuta-mock-db';

/** The mock database: the state, its lookups, and saving it before an answer leaves. */
export class MockDb {
  private saving: Promise<void> = Promise.resolve();
  /** The persisted revision this state is (see Persistence). */
  private revision: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    public state: DbState,
    private readonly persistence: Persistence,
  ) {}

  /** The persisted state, or the seed (saved at once) on a first visit. */
  static async open(persistence: Persistence, seed: () => DbState): Promise<MockDb> {
    const revision = await persistence.revision();
    const loaded = await persistence.load();
    const db = new MockDb(loaded ?? seed(), persistence);
    db.revision = revision;
    if (!loaded) await db.save();
    return db;
  }

  /**
   * Runs `run` (a request, a test control) alone, across the tabs of this browser, on the
   * latest saved state: one service, one database. A Web Lock where there is one (every
   * browser this app supports), else one queue per tab.
   */
  exclusive<T>(run: () => Promise<T>): Promise<T> {
    const inside = async () => {
      await this.sync();
      return run();
    };
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (locks) return locks.request(DB_LOCK, inside) as Promise<T>;
    const result = this.queue.then(inside);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Another tab saved since this state was read or written (a sale in one tab is in the
   * other's balances and history): read it again.
   */
  async sync(): Promise<void> {
    await this.saving;
    const revision = await this.persistence.revision();
    if (revision === this.revision) return;
    const loaded = await this.persistence.load();
    if (loaded) this.state = loaded;
    this.revision = revision;
  }

  /**
   * Saves are chained so two quick operations never write out of order; the caller awaits
   * its own save before answering, so a reload right after an answer keeps the change.
   */
  save(): Promise<void> {
    const run = this.saving.then(async () => {
      this.revision = await this.persistence.save(this.state);
    });
    this.saving = run.catch(() => undefined);
    return run;
  }

  async replace(state: DbState): Promise<void> {
    this.state = state;
    await this.save();
  }

  sesion(id: number): SesionRow | undefined {
    return this.state.sesiones.find((s) => s.id === id);
  }

  openSesionOfUser(idUsuario: number): SesionRow | undefined {
    return this.state.sesiones.find((s) => s.abierta && s.idUsuario === idUsuario);
  }

  openSesionOfCaja(idCaja: number): SesionRow | undefined {
    return this.state.sesiones.find((s) => s.abierta && s.idCaja === idCaja);
  }

  caja(id: number): CajaRow | undefined {
    return this.state.cajas.find((c) => c.id === id);
  }

  operadora(nombre: OperadoraNombre): OperadoraRow | undefined {
    return this.state.operadoras.find((o) => o.nombre === nombre);
  }
}
