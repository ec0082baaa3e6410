import { OperadoraNombre } from './operadoras';
import { CajaRow, DbState, OperadoraRow, SesionRow } from './model';
import { Persistence } from './persistence';

/** The mock database: the state, its lookups, and saving it before an answer leaves. */
export class MockDb {
  private saving: Promise<void> = Promise.resolve();
  /** The persisted revision this state is (see Persistence). */
  private revision: string | null = null;

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
   * Before each request: another tab saved since this state was read or written (one service,
   * one database: a sale in one tab is in the other's balances and history), so read it again.
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
