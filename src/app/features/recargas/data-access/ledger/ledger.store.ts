import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { AuthService } from '../../../../core/auth/auth.service';
import { MoneyInFlight } from '../../../../core/session/money-in-flight';
import { SesionCajaStore } from '../../../../core/session/sesion-caja.store';
import { OperadoraNombre } from '../operadora';
import { resumirSesion } from '../resumen-sesion';
import { LEDGER_DB } from './ledger.config';
import {
  LedgerOp,
  NuevaOperacion,
  OperacionTipo,
  inyeccionOf,
  isUnresolved,
  newLedgerOp,
  nextCheck,
  recargaOf,
} from './ledger.model';

// Also from here: specs and src/testing provide the token along with the store.
export { LEDGER_DB };

const CHANNEL = 'kantuta-ledger';

/**
 * The till ledger as the app reads it: this device's operations of the signed-in user's open
 * session (the strip, the recent list, receipts, the repeat warning) and the user's
 * unresolved or watched operations of any session. The counter sells from it, without the
 * service's unpaged history.
 */
@Injectable({ providedIn: 'root' })
export class LedgerStore {
  private readonly db = inject(LEDGER_DB);
  private readonly auth = inject(AuthService);
  private readonly sesionCaja = inject(SesionCajaStore);
  private readonly money = inject(MoneyInFlight);
  private readonly opsState = signal<readonly LedgerOp[]>([]);
  private readonly loadedState = signal(false);
  /** Operations sent from this page and still waiting: not "unknown", just in flight. */
  private readonly inFlight = signal<ReadonlySet<string>>(new Set());
  private channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  private loadGeneration = 0;
  /**
   * Rows this device reported to the user in other sessions (their operations are not kept
   * in `ops()`): a late row can never be one of them, whichever session is open now.
   */
  private reportedElsewhere: readonly Pick<LedgerOp, 'tipo' | 'rowId'>[] = [];
  private latestLoad: Promise<void> = Promise.resolve();
  /** Writes made while a load reads the database: laid over what it read (they are newer). */
  private readonly writesDuringLoad = new Map<string, LedgerOp | null>();
  private loadsReading = 0;

  /** The user's operations: the open session's, plus unresolved ones of older sessions. */
  readonly ops = this.opsState.asReadonly();
  readonly loaded = this.loadedState.asReadonly();
  readonly sesionOps = computed(() => {
    const id = this.sesionCaja.sesion()?.id;
    return this.opsState().filter((o) => o.sesionId === id);
  });
  /** Applied top-ups of the open session, newest first. */
  readonly recargas = computed(() => newestFirst(this.sesionOps().map(recargaOf)));
  readonly inyecciones = computed(() => newestFirst(this.sesionOps().map(inyeccionOf)));
  /** Unknown outcome (or sent before a reload, with no verdict kept): blocks until checked. */
  readonly unresolved = computed(() =>
    this.opsState().filter((o) => isUnresolved(o) && !this.inFlight().has(o.key)),
  );
  /** "Not applied" verdicts the service may still turn into a late commit. */
  readonly watched = computed(() => this.opsState().filter((o) => nextCheck(o) !== null));
  /** The open session's operations on this device, per operator (the counter's strip). */
  readonly resumen = computed(() => {
    const id = this.sesionCaja.sesion()?.id;
    return id === undefined ? null : resumirSesion(id, this.recargas(), this.inyecciones());
  });
  /** Operations sent from this page whose verdict has not arrived. */
  readonly inFlightOps = computed(() => this.opsState().filter((o) => this.inFlight().has(o.key)));
  /** Late commits the cashier has not acknowledged yet. */
  readonly lateCommits = computed(() => this.opsState().filter((o) => o.late && !o.announced));

  constructor() {
    // Read again for another user or session, not for each new copy of the same session
    // (the session is read again after every sale of the shop).
    const sesionId = computed(() => this.sesionCaja.sesion()?.id);
    effect(() => {
      const userId = this.auth.user()?.id;
      const id = sesionId();
      untracked(() => void this.load(userId, id));
    });
    // The shell (sign-out, an update) hears of unknown outcomes from here, on any page.
    effect(() => this.money.setUnresolved(this.unresolved().length));
    // Another tab of this browser wrote the ledger: read it again.
    this.channel?.addEventListener('message', () => void this.reload());
    // A discarded injector (tests, a new app instance) must not keep answering the channel;
    // a write still finishing afterwards just tells nobody.
    inject(DestroyRef).onDestroy(() => {
      this.channel?.close();
      this.channel = null;
    });
    void this.db.prune(Date.now()).catch(() => undefined);
  }

  /** Records an intent before its POST leaves, so a reload mid-request finds it. */
  async begin(op: NuevaOperacion, key: string = crypto.randomUUID()): Promise<LedgerOp> {
    const user = this.auth.user();
    if (!user) throw new Error('Sin usuario.');
    const baselineId = await this.db.knownMaxId(op.tipo).catch(() => null);
    const entry = newLedgerOp(op, user.id, baselineId, Date.now(), key);
    this.inFlight.update((s) => new Set(s).add(entry.key));
    await this.save(entry);
    return entry;
  }

  /** Writes an operation's new state. */
  async save(op: LedgerOp): Promise<void> {
    this.replace(op);
    if (this.loadsReading > 0) this.writesDuringLoad.set(op.key, op);
    await this.db.put(op);
    this.channel?.postMessage(op.key);
  }

  /** The request ended (verdict known, or checked): it is no longer in flight here. */
  settle(key: string): void {
    this.inFlight.update((s) => {
      const next = new Set(s);
      next.delete(key);
      return next;
    });
  }

  /** A refused operation moved no money: it leaves the ledger. */
  async forget(op: LedgerOp): Promise<void> {
    this.settle(op.key);
    this.opsState.update((ops) => ops.filter((o) => o.key !== op.key));
    if (this.loadsReading > 0) this.writesDuringLoad.set(op.key, null);
    await this.db.delete(op.key);
    this.channel?.postMessage(op.key);
  }

  async acknowledge(op: LedgerOp): Promise<void> {
    await this.save({ ...op, announced: true });
  }

  /** Service ids of this kind that this device already reported: never a lost operation. */
  reportedIds(tipo: OperacionTipo): ReadonlySet<number> {
    const ids = new Set<number>();
    for (const o of [...this.opsState(), ...this.reportedElsewhere])
      if (o.tipo === tipo && o.rowId !== null) ids.add(o.rowId);
    return ids;
  }

  /** A history read showed ids up to this one: the next baseline is at least that high. */
  noteMaxId(tipo: OperacionTipo, id: number): void {
    void this.db.noteMaxId(tipo, id).catch(() => undefined);
  }

  /** The operator last used for a number on this device, across sessions and cashiers. */
  async lastOperadoraFor(numero: string): Promise<OperadoraNombre | null> {
    const ops = await this.db.ofNumero(numero).catch(() => []);
    const applied = ops.filter((o) => o.tipo === 'recarga' && o.estado === 'applied');
    applied.sort((a, b) => b.sentAt - a.sentAt);
    return applied[0]?.operadora ?? null;
  }

  reload(): Promise<void> {
    return this.load(this.auth.user()?.id, this.sesionCaja.sesion()?.id);
  }

  /**
   * Reads the signed-in user's operations again and resolves once they are in, with their
   * unresolved count already told to MoneyInFlight (its effect would tell it only later).
   */
  async ready(): Promise<void> {
    void this.reload();
    // A load started meanwhile (another user, another session) supersedes this one: wait for it.
    let load: Promise<void>;
    do {
      load = this.latestLoad;
      await load;
    } while (load !== this.latestLoad);
    this.money.setUnresolved(this.unresolved().length);
  }

  private load(userId: number | undefined, sesionId: number | undefined): Promise<void> {
    return (this.latestLoad = this.read(userId, sesionId));
  }

  private async read(userId: number | undefined, sesionId: number | undefined): Promise<void> {
    const generation = ++this.loadGeneration;
    if (userId === undefined) {
      this.opsState.set([]);
      this.reportedElsewhere = [];
      this.loadedState.set(false);
      return;
    }
    this.loadsReading++;
    let all: LedgerOp[];
    try {
      all = await this.db.ofUser(userId).catch(() => [] as LedgerOp[]);
    } finally {
      this.loadsReading--;
    }
    // A verdict written while the database was read may be missing from what was read: the
    // write wins (the snapshot would turn an applied top-up back into "sending").
    const newer = new Map(this.writesDuringLoad);
    if (this.loadsReading === 0) this.writesDuringLoad.clear();
    if (generation !== this.loadGeneration) return;
    if (newer.size > 0)
      all = [
        ...all.filter((o) => !newer.has(o.key)),
        ...[...newer.values()].filter((o): o is LedgerOp => o !== null && o.userId === userId),
      ];
    const kept = all.filter(
      (o) => o.sesionId === sesionId || isUnresolved(o) || o.estado === 'not-applied' || o.late,
    );
    this.reportedElsewhere = all
      .filter((o) => o.rowId !== null && !kept.includes(o))
      .map(({ tipo, rowId }) => ({ tipo, rowId }));
    this.opsState.set(kept.sort((a, b) => a.sentAt - b.sentAt));
    this.loadedState.set(true);
  }

  private replace(op: LedgerOp): void {
    this.opsState.update((ops) => {
      const i = ops.findIndex((o) => o.key === op.key);
      return i < 0 ? [...ops, op] : ops.map((o, j) => (j === i ? op : o));
    });
  }
}

function newestFirst<T extends { id: number; fechaHora: Date }>(rows: (T | null)[]): T[] {
  return rows
    .filter((r): r is T => r !== null)
    .sort((a, b) => b.fechaHora.getTime() - a.fechaHora.getTime() || b.id - a.id);
}
