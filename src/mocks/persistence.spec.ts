import { CONFIG_STORAGE_KEY, localStorageConfig } from './config';
import { generateHistory } from './generate';
import { indexedDbPersistence } from './persistence';
import { createSeedState } from './seed';

describe('mock persistence', () => {
  const name = `kantuta-mock-spec-${Math.random().toString(36).slice(2)}`;

  afterAll(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = () => resolve();
      }),
  );

  it('round-trips the state through IndexedDB, in chunks, across appends and a reset', async () => {
    const state = createSeedState();
    await indexedDbPersistence(name, 100).save(state);
    const writer = indexedDbPersistence(name, 100);
    expect(await writer.load()).toEqual(state);

    generateHistory(state, 250, 10);
    await writer.save(state);
    expect(await indexedDbPersistence(name, 100).load()).toEqual(state);

    const seed = createSeedState();
    await writer.save(seed);
    expect(await indexedDbPersistence(name, 100).load()).toEqual(seed);
  });

  it('reads config from localStorage, ignoring unknown or ill-typed values', () => {
    const storage = new Map<string, string>();
    const fake = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => storage.set(k, v),
    } as unknown as Storage;
    const config = localStorageConfig(fake);
    expect(config.read()).toEqual({
      latencyMs: 150,
      tokenTtlSec: 900,
      refreshDefect: false,
      apiTimeoutMs: 15000,
      reconcileGraceMs: 5000,
    });
    storage.set(CONFIG_STORAGE_KEY, '{"latencyMs":0,"tokenTtlSec":"x","other":1}');
    expect(config.read()).toEqual({
      latencyMs: 0,
      tokenTtlSec: 900,
      refreshDefect: false,
      apiTimeoutMs: 15000,
      reconcileGraceMs: 5000,
    });
    config.write({ refreshDefect: true });
    expect(JSON.parse(storage.get(CONFIG_STORAGE_KEY) ?? '')).toEqual({
      latencyMs: 0,
      tokenTtlSec: 900,
      refreshDefect: true,
      apiTimeoutMs: 15000,
      reconcileGraceMs: 5000,
    });
  });
});
