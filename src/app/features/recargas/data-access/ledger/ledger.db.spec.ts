import { ledgerOp, testLedgerDb } from '../../../../../testing/ledger';
import { LedgerDb } from './ledger.db';

const DAY = 24 * 60 * 60_000;
const NOW = Date.parse('2026-11-25T18:00:00Z');

describe('LedgerDb (IndexedDB)', () => {
  let dbs: ReturnType<typeof testLedgerDb>;
  let db: LedgerDb;

  beforeEach(() => {
    dbs = testLedgerDb();
    db = dbs.open();
  });

  afterEach(() => dbs.drop());

  it("lists a user's operations of one session, oldest first, and nobody else's", async () => {
    await db.put(ledgerOp({ key: 'b', sentAt: NOW + 2000, rowId: 43 }));
    await db.put(ledgerOp({ key: 'a', sentAt: NOW + 1000, rowId: 42 }));
    await db.put(ledgerOp({ key: 'other-session', sesionId: 2, rowId: 44 }));
    await db.put(ledgerOp({ key: 'other-user', userId: 9, rowId: 45 }));
    expect((await db.ofSesion(3, 1)).map((o) => o.key)).toEqual(['a', 'b']);
    expect((await db.ofUser(3)).map((o) => o.key).sort()).toEqual(['a', 'b', 'other-session']);
    expect((await db.ofUser(9)).map((o) => o.key)).toEqual(['other-user']);
    expect(await db.ofSesion(7, 1)).toEqual([]);
  });

  it('keeps an operation as written, and a later write replaces it', async () => {
    const sending = ledgerOp({ key: 'x', estado: 'sending', rowId: null, rowAt: null });
    await db.put(sending);
    expect(await db.ofSesion(3, 1)).toEqual([sending]);
    await db.put({ ...sending, estado: 'unknown', checks: [NOW] });
    expect((await db.ofSesion(3, 1)).map((o) => [o.estado, o.checks])).toEqual([
      ['unknown', [NOW]],
    ]);
    await db.delete('x');
    expect(await db.ofSesion(3, 1)).toEqual([]);
  });

  it('finds the operations to a number across sessions and users', async () => {
    await db.put(ledgerOp({ key: 'a', numero: '71112222' }));
    await db.put(ledgerOp({ key: 'b', numero: '71112222', sesionId: 2, userId: 9 }));
    await db.put(ledgerOp({ key: 'c', numero: '76543210' }));
    expect((await db.ofNumero('71112222')).map((o) => o.key).sort()).toEqual(['a', 'b']);
    expect(await db.ofNumero('60000000')).toEqual([]);
  });

  it('knows the highest service id per kind: raised by rows and history reads, never lowered', async () => {
    expect(await db.knownMaxId('recarga')).toBeNull();
    await db.put(ledgerOp({ key: 'a', rowId: 41 }));
    await db.put(ledgerOp({ key: 'b', rowId: 12 }));
    await db.put(ledgerOp({ key: 'c', estado: 'unknown', rowId: null }));
    expect(await db.knownMaxId('recarga')).toBe(41);
    expect(await db.knownMaxId('inyeccion')).toBeNull();
    await db.noteMaxId('recarga', 30);
    expect(await db.knownMaxId('recarga')).toBe(41);
    await db.noteMaxId('recarga', 500);
    await db.noteMaxId('inyeccion', 7);
    expect(await db.knownMaxId('recarga')).toBe(500);
    expect(await db.knownMaxId('inyeccion')).toBe(7);
  });

  it('survives a reload: another connection to the same database reads it all', async () => {
    await db.put(ledgerOp({ key: 'u', estado: 'unknown', rowId: null }));
    await db.noteMaxId('recarga', 77);
    await db.close();
    const again = dbs.open();
    expect((await again.ofUser(3)).map((o) => [o.key, o.estado])).toEqual([['u', 'unknown']]);
    expect(await again.knownMaxId('recarga')).toBe(77);
  });

  it('prunes decided operations older than 35 days, keeping unresolved ones', async () => {
    const old = NOW - 36 * DAY;
    await db.put(ledgerOp({ key: 'old-applied', sentAt: old }));
    await db.put(
      ledgerOp({ key: 'old-not-applied', sentAt: old, estado: 'not-applied', rowId: null }),
    );
    await db.put(ledgerOp({ key: 'old-unknown', sentAt: old, estado: 'unknown', rowId: null }));
    await db.put(ledgerOp({ key: 'old-sending', sentAt: old, estado: 'sending', rowId: null }));
    await db.put(ledgerOp({ key: 'recent', sentAt: NOW - 34 * DAY }));
    expect(await db.prune(NOW)).toBe(2);
    expect((await db.ofUser(3)).map((o) => o.key).sort()).toEqual([
      'old-sending',
      'old-unknown',
      'recent',
    ]);
    expect(await db.prune(NOW)).toBe(0);
  });
});
