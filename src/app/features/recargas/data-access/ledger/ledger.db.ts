import { DBSchema, IDBPDatabase, openDB } from 'idb';
import { LEDGER_KEEP_MS, LedgerOp, OperacionTipo } from './ledger.model';

interface LedgerSchema extends DBSchema {
  ops: {
    key: string;
    value: LedgerOp;
    indexes: { sesion: [number, number]; user: number; numero: string; sentAt: number };
  };
  /** Highest service id seen per kind (`recarga`, `inyeccion`): the next baseline. */
  meta: { key: OperacionTipo; value: number };
}

/**
 * The till ledger in IndexedDB: what this device sent and what became of it. Survives a
 * reload, a closed tab and a sign-out; holds no credential.
 */
export class LedgerDb {
  private db: Promise<IDBPDatabase<LedgerSchema>> | null = null;

  constructor(private readonly name = 'kantuta-ledger') {}

  private open(): Promise<IDBPDatabase<LedgerSchema>> {
    return (this.db ??= openDB<LedgerSchema>(this.name, 1, {
      // Another page deleting or upgrading the database (a spec's cleanup): let it through.
      blocking: () => void this.close(),
      upgrade(db) {
        const ops = db.createObjectStore('ops', { keyPath: 'key' });
        ops.createIndex('sesion', ['userId', 'sesionId']);
        ops.createIndex('user', 'userId');
        ops.createIndex('numero', 'numero');
        ops.createIndex('sentAt', 'sentAt');
        db.createObjectStore('meta');
      },
    }));
  }

  async put(op: LedgerOp): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(['ops', 'meta'], 'readwrite');
    await tx.objectStore('ops').put(op);
    if (op.rowId !== null) {
      const meta = tx.objectStore('meta');
      const known = (await meta.get(op.tipo)) ?? 0;
      if (op.rowId > known) await meta.put(op.rowId, op.tipo);
    }
    await tx.done;
  }

  async delete(key: string): Promise<void> {
    await (await this.open()).delete('ops', key);
  }

  /** The user's operations of one session, oldest first. */
  async ofSesion(userId: number, sesionId: number): Promise<LedgerOp[]> {
    const rows = await (await this.open()).getAllFromIndex('ops', 'sesion', [userId, sesionId]);
    return rows.sort((a, b) => a.sentAt - b.sentAt);
  }

  /** Every operation of the user on this device (for unresolved ones of older sessions). */
  async ofUser(userId: number): Promise<LedgerOp[]> {
    return (await this.open()).getAllFromIndex('ops', 'user', userId);
  }

  async ofNumero(numero: string): Promise<LedgerOp[]> {
    return (await this.open()).getAllFromIndex('ops', 'numero', numero);
  }

  async knownMaxId(tipo: OperacionTipo): Promise<number | null> {
    return (await (await this.open()).get('meta', tipo)) ?? null;
  }

  /** Raises the highest known id after a history read. */
  async noteMaxId(tipo: OperacionTipo, id: number): Promise<void> {
    const db = await this.open();
    const tx = db.transaction('meta', 'readwrite');
    if (id > ((await tx.store.get(tipo)) ?? 0)) await tx.store.put(id, tipo);
    await tx.done;
  }

  /** Drops resolved operations older than about 35 days; unresolved ones stay. */
  async prune(now: number): Promise<number> {
    const db = await this.open();
    const tx = db.transaction('ops', 'readwrite');
    let removed = 0;
    let cursor = await tx.store
      .index('sentAt')
      .openCursor(IDBKeyRange.upperBound(now - LEDGER_KEEP_MS));
    while (cursor) {
      if (cursor.value.estado === 'applied' || cursor.value.estado === 'not-applied') {
        await cursor.delete();
        removed++;
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    return removed;
  }

  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    if (db) (await db).close();
  }
}
