import { DbState, HistoryTable } from './model';

/**
 * Where the mock keeps its state between page loads, shared by every tab of the browser as the
 * service's one database is: each save writes a new `revision`, and a tab that finds another
 * revision than its own reloads before answering (MockDb.sync).
 */
export interface Persistence {
  load(): Promise<DbState | null>;
  /** Saves, answering the revision written. */
  save(state: DbState): Promise<string>;
  /** The revision last saved (by any tab), null before the first save. */
  revision(): Promise<string | null>;
}

const newRevision = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** For specs: a "reload" or another tab is a new db on the same memory persistence. */
export function memoryPersistence(): Persistence {
  let stored: DbState | null = null;
  let revision: string | null = null;
  return {
    load: async () => (stored ? structuredClone(stored) : null),
    save: async (state) => {
      stored = structuredClone(state);
      return (revision = newRevision());
    },
    revision: async () => revision,
  };
}

type Core = Omit<DbState, HistoryTable> & Record<HistoryTable, number>;
const TABLES: readonly HistoryTable[] = ['recargas', 'inyecciones'];

/**
 * IndexedDB (localStorage cannot hold 100,000 rows). The small tables go in one `core`
 * record; history rows, which are only ever appended, in chunks, so a top-up rewrites the
 * core and the last chunk instead of the whole history.
 */
export function indexedDbPersistence(name = 'kantuta-mock', chunkSize = 10_000): Persistence {
  const written = new Map<HistoryTable, { rows: readonly unknown[]; count: number }>();
  let dbPromise: Promise<IDBDatabase> | null = null;
  const open = () =>
    (dbPromise ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('kv');
      request.onsuccess = () => {
        // Let a deleteDatabase (a spec's cleanup, a devtools wipe) through instead of blocking it.
        request.result.onversionchange = () => request.result.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    }));
  const chunkKey = (table: HistoryTable, index: number) => `${table}:${index}`;

  return {
    async load() {
      const db = await open();
      const core = await requestValue<Core>(db.transaction('kv').objectStore('kv').get('core'));
      if (!core || core.version !== 1) return null;
      // All gets issued at once, in a fresh transaction: one left idle across awaits may close.
      const store = db.transaction('kv').objectStore('kv');
      const tables = await Promise.all(
        TABLES.map((table) => {
          const keys = Array.from({ length: Math.ceil(core[table] / chunkSize) }, (_, i) =>
            chunkKey(table, i),
          );
          return Promise.all(keys.map((key) => requestValue<unknown[]>(store.get(key))));
        }),
      );
      const [recargas, inyecciones] = tables.map((chunks) => chunks.flatMap((rows) => rows ?? []));
      const state = { ...core, recargas, inyecciones } as DbState;
      for (const table of TABLES) {
        written.set(table, { rows: state[table], count: state[table].length });
      }
      return state;
    },
    async revision() {
      const db = await open();
      return (
        (await requestValue<string>(db.transaction('kv').objectStore('kv').get('rev'))) ?? null
      );
    },
    async save(state) {
      const tx = (await open()).transaction('kv', 'readwrite');
      const store = tx.objectStore('kv');
      const revision = newRevision();
      store.put(revision, 'rev');
      const { recargas, inyecciones, ...rest } = state;
      store.put({ ...rest, recargas: recargas.length, inyecciones: inyecciones.length }, 'core');
      for (const table of TABLES) {
        const rows: readonly unknown[] = state[table];
        const before = written.get(table);
        // A reset replaces the arrays: then every chunk is rewritten and the extra ones dropped.
        const from = before?.rows === rows ? Math.floor(before.count / chunkSize) : 0;
        const chunks = Math.ceil(rows.length / chunkSize);
        for (let i = from; i < chunks; i++) {
          store.put(rows.slice(i * chunkSize, (i + 1) * chunkSize), chunkKey(table, i));
        }
        const stale = Math.ceil((before?.count ?? 0) / chunkSize);
        for (let i = chunks; i < stale; i++) store.delete(chunkKey(table, i));
        written.set(table, { rows, count: rows.length });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = tx.onabort = () => reject(tx.error);
      });
      return revision;
    },
  };
}

function requestValue<T>(request: IDBRequest): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T | undefined);
    request.onerror = () => reject(request.error);
  });
}
