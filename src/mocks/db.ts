import { OperadoraNombre } from './operadoras';
import { CajaRow, DbState, OperadoraRow, SesionRow } from './model';
import { Persistence } from './persistence';

/** The mock database: the state, its lookups, and saving it before an answer leaves. */
export class MockDb {
  private saving: Promise<void> = Promise.resolve();

  constructor(
    public state: DbState,
    private readonly persistence: Persistence,
  ) {}

  /** The persisted state, or the seed (saved at once) on a first visit. */
  static async open(persistence: Persistence, seed: () => DbState): Promise<MockDb> {
    const loaded = await persistence.load();
    const db = new MockDb(loaded ?? seed(), persistence);
    if (!loaded) await db.save();
    return db;
  }

  /**
   * Saves are chained so two quick operations never write out of order; the caller awaits
   * its own save before answering, so a reload right after an answer keeps the change.
   */
  save(): Promise<void> {
    const run = this.saving.then(() => this.persistence.save(this.state));
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
