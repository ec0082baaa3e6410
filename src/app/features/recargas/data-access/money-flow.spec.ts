import { Subject } from 'rxjs';
import { ledgerOp } from '../../../../testing/ledger';
import { ApiError } from '../../../core/http/api-error';
import { MoneyFlow, MoneyFlowEvent, MoneyFlowState, transition } from './money-flow';
import { OperationEvent, Verdict } from './operaciones.store';

type N = string;
interface R {
  id: number;
}
type S = MoneyFlowState<N, R>;
type E = MoneyFlowEvent<N, R>;

const lost = new ApiError(0, ['El servidor no respondió.'], null, 'network');
const refusedError = new ApiError(400, ['Saldo insuficiente para la operadora Tigo.']);
const watchUntil = new Date('2026-11-25T18:10:00Z');

const idle: S = { kind: 'idle', refused: [] };
const confirming: S = { kind: 'confirming', nueva: 'A' };
const sending: S = { kind: 'sending', nueva: 'A' };
const verifying: S = { kind: 'verifying', nueva: 'A' };
const done: S = { kind: 'done', nueva: 'A', record: { id: 7 }, reconciled: false };
const notApplied: S = { kind: 'not-applied', nueva: 'A', watchUntil, key: 'k1' };
const unknown: S = { kind: 'unknown', nueva: 'A', error: lost };

const open: E = { kind: 'open', nueva: 'B' };
const refuse: E = { kind: 'refuse', messages: ['Sin conexión'] };
const cancel: E = { kind: 'cancel' };
const confirm: E = { kind: 'confirm' };
const check: E = { kind: 'verifying' };
const applied: E = { kind: 'applied', record: { id: 7 }, reconciled: false };
const confirmed: E = { kind: 'applied', record: { id: 9 }, reconciled: true };
const refused: E = { kind: 'refused', error: refusedError };
const notApp: E = { kind: 'not-applied', error: lost, watchUntil, key: 'k1' };
const unk: E = { kind: 'unknown', error: lost };

describe('transition: the one table of a money form', () => {
  const table: [string, S, E, S][] = [
    ['idle + open: the read-back opens', idle, open, { kind: 'confirming', nueva: 'B' }],
    [
      'idle + refuse: the reasons are shown',
      idle,
      refuse,
      { kind: 'idle', refused: ['Sin conexión'] },
    ],
    ['idle + confirm (a confirm after cancel) is ignored', idle, confirm, idle],
    ['idle + cancel is ignored', idle, cancel, idle],
    ['idle + verifying is ignored', idle, check, idle],
    ['idle + a verdict is ignored', idle, applied, idle],
    ['idle + a not-applied verdict is ignored', idle, notApp, idle],
    ['confirming + a second open is ignored', confirming, open, confirming],
    ['confirming + refuse is ignored', confirming, refuse, confirming],
    ['confirming + cancel: back to a clean idle', confirming, cancel, idle],
    ['confirming + confirm: sending what was read back', confirming, confirm, sending],
    ['confirming + verifying is ignored', confirming, check, confirming],
    ['confirming + a verdict is ignored (nothing was sent)', confirming, applied, confirming],
    ['sending + open is ignored', sending, open, sending],
    ['sending + refuse is ignored', sending, refuse, sending],
    ['sending + cancel is ignored: a sent request is not taken back', sending, cancel, sending],
    ['sending + confirm is ignored', sending, confirm, sending],
    ['sending + verifying: checking the history', sending, check, verifying],
    ['sending + applied: done', sending, applied, done],
    [
      'sending + refused: idle with the service message',
      sending,
      refused,
      { kind: 'idle', refused: ['Saldo insuficiente para la operadora Tigo.'] },
    ],
    ['sending + not-applied', sending, notApp, notApplied],
    ['sending + unknown', sending, unk, unknown],
    ['verifying + verifying is ignored', verifying, check, verifying],
    ['verifying + open is ignored', verifying, open, verifying],
    ['verifying + cancel is ignored', verifying, cancel, verifying],
    [
      'verifying + applied (found in the history): done, reconciled',
      verifying,
      confirmed,
      { kind: 'done', nueva: 'A', record: { id: 9 }, reconciled: true },
    ],
    ['verifying + not-applied', verifying, notApp, notApplied],
    ['verifying + unknown', verifying, unk, unknown],
    [
      'verifying + refused',
      verifying,
      refused,
      { kind: 'idle', refused: ['Saldo insuficiente para la operadora Tigo.'] },
    ],
    ['done + open: the next sale', done, open, { kind: 'confirming', nueva: 'B' }],
    ['done + a late verdict is ignored', done, unk, done],
    ['done + cancel is ignored', done, cancel, done],
    ['done + refuse', done, refuse, { kind: 'idle', refused: ['Sin conexión'] }],
    [
      'not-applied + open: a deliberate retry',
      notApplied,
      open,
      { kind: 'confirming', nueva: 'B' },
    ],
    ['not-applied + a verdict is ignored', notApplied, applied, notApplied],
    ['unknown + open', unknown, open, { kind: 'confirming', nueva: 'B' }],
    ['unknown + confirm is ignored', unknown, confirm, unknown],
  ];
  for (const [name, from, event, to] of table)
    it(name, () => expect(transition(from, event)).toEqual(to));
});

describe('MoneyFlow', () => {
  let dialogs: Subject<boolean>[];
  let sends: { nueva: N; events: Subject<OperationEvent<R>> }[];
  let rechecks: Subject<Verdict<R>>[];
  let flow: MoneyFlow<N, R>;

  beforeEach(() => {
    dialogs = [];
    sends = [];
    rechecks = [];
    flow = build();
  });

  /** A flow over fake dialogs, sends and rechecks; `refusal` as the page would answer it. */
  function build(refusal?: () => readonly string[] | null): MoneyFlow<N, R> {
    return new MoneyFlow<N, R>({
      confirm: () => {
        dialogs.push(new Subject<boolean>());
        return dialogs[dialogs.length - 1];
      },
      send: (nueva) => {
        sends.push({ nueva, events: new Subject() });
        return sends[sends.length - 1].events;
      },
      recheck: () => {
        rechecks.push(new Subject());
        return rechecks[rechecks.length - 1];
      },
      refusal,
    });
  }

  function confirmAndSend(nueva = 'A') {
    expect(flow.start(nueva)).toBeTrue();
    dialogs[dialogs.length - 1].next(true);
    return sends[sends.length - 1].events;
  }

  it('opens one read-back: a second start while it is open is refused', () => {
    expect(flow.start('A')).toBeTrue();
    expect(flow.start('B')).toBeFalse();
    expect(dialogs.length).toBe(1);
    expect(flow.state()).toEqual({ kind: 'confirming', nueva: 'A' });
    expect(flow.busy()).toBeTrue();
    expect(flow.waiting()).toBeFalse();
  });

  it('sends nothing when the page may no longer send at the confirm (another tab took the selling)', () => {
    let refusal: string[] | null = null;
    flow = build(() => refusal);
    flow.start('A');
    refusal = ['Esta caja está abierta en otra pestaña: no se envió nada.'];
    dialogs[0].next(true);
    expect(sends).toEqual([]);
    expect(flow.state()).toEqual({
      kind: 'idle',
      refused: ['Esta caja está abierta en otra pestaña: no se envió nada.'],
    });
    expect(flow.busy()).toBeFalse();
    // Selling again: the next read-back sends.
    refusal = null;
    flow.start('B');
    dialogs[1].next(true);
    expect(sends.map((x) => x.nueva)).toEqual(['B']);
  });

  it('cancel returns to idle, sends nothing, and the next start opens a new read-back', () => {
    flow.start('A');
    dialogs[0].next(false);
    expect(flow.state()).toEqual({ kind: 'idle', refused: [] });
    expect(sends).toEqual([]);
    expect(flow.busy()).toBeFalse();
    expect(flow.start('B')).toBeTrue();
    expect(dialogs.length).toBe(2);
  });

  it('confirm sends exactly once; no start while the request waits', () => {
    confirmAndSend('A');
    expect(sends.map((s) => s.nueva)).toEqual(['A']);
    expect(flow.state()).toEqual({ kind: 'sending', nueva: 'A' });
    expect(flow.waiting()).toBeTrue();
    expect(flow.start('A')).toBeFalse();
    dialogs[0].next(true);
    expect(sends.length).toBe(1);
  });

  it('an earlier read-back answering again after the next one opened sends nothing', () => {
    const events = confirmAndSend('A');
    events.next({ kind: 'applied', record: { id: 7 }, reconciled: false });
    flow.start('B');
    dialogs[0].next(true);
    expect(sends.map((s) => s.nueva)).toEqual(['A']);
    expect(flow.state()).toEqual({ kind: 'confirming', nueva: 'B' });
  });

  it('applied directly: done, not reconciled, free for the next sale', () => {
    const events = confirmAndSend();
    events.next({ kind: 'applied', record: { id: 7 }, reconciled: false });
    expect(flow.state()).toEqual({
      kind: 'done',
      nueva: 'A',
      record: { id: 7 },
      reconciled: false,
    });
    expect(flow.busy()).toBeFalse();
    expect(flow.waiting()).toBeFalse();
  });

  it('a lost answer is verified, then ends in each verdict', () => {
    const verdicts: [Verdict<R>, S][] = [
      [
        { kind: 'applied', record: { id: 8 }, reconciled: true },
        { ...done, record: { id: 8 }, reconciled: true },
      ],
      [{ kind: 'not-applied', error: lost, watchUntil, key: 'k1' }, notApplied],
      [{ kind: 'unknown', error: lost }, unknown],
    ];
    for (const [verdict, expected] of verdicts) {
      const events = confirmAndSend('A');
      events.next({ kind: 'verifying' });
      expect(flow.state()).toEqual({ kind: 'verifying', nueva: 'A' });
      expect(flow.waiting()).toBeTrue();
      expect(flow.start('B')).toBeFalse();
      events.next(verdict);
      expect(flow.state()).toEqual(expected);
      expect(flow.busy()).toBeFalse();
    }
    expect(sends.length).toBe(3);
  });

  it('a refusal by the service goes back to idle with its message, nothing resent', () => {
    const events = confirmAndSend();
    events.next({ kind: 'refused', error: refusedError });
    expect(flow.state()).toEqual({
      kind: 'idle',
      refused: ['Saldo insuficiente para la operadora Tigo.'],
    });
    expect(sends.length).toBe(1);
  });

  it('refuse shows reasons while resting, and is ignored while a request waits', () => {
    flow.refuse(['Sin conexión']);
    expect(flow.state()).toEqual({ kind: 'idle', refused: ['Sin conexión'] });
    confirmAndSend();
    flow.refuse(['otra']);
    expect(flow.state()).toEqual({ kind: 'sending', nueva: 'A' });
  });

  it('reset clears a verdict, but never a request in flight', () => {
    const events = confirmAndSend();
    flow.reset();
    expect(flow.state().kind).toBe('sending');
    events.next({ kind: 'unknown', error: lost });
    flow.reset();
    expect(flow.state()).toEqual({ kind: 'idle', refused: [] });
  });

  it('destroy closes an open read-back: a late "confirm" sends nothing', () => {
    flow.start('A');
    flow.destroy();
    expect(flow.state()).toEqual({ kind: 'idle', refused: [] });
    dialogs[0].next(true);
    expect(sends).toEqual([]);
  });

  it('destroy after sending: the request still delivers its verdict', () => {
    const events = confirmAndSend();
    events.next({ kind: 'verifying' });
    flow.destroy();
    expect(flow.state().kind).toBe('verifying');
    events.next({ kind: 'not-applied', error: lost, watchUntil, key: 'k1' });
    expect(flow.state()).toEqual(notApplied);
  });

  it('checks nothing from a page that may not send (another tab sells, and may be sending it)', () => {
    let refusal: string[] | null = null;
    flow = build(() => refusal);
    // The form shows the last sale's verdict: a check refused here leaves it as it is.
    confirmAndSend('A').next(applied);
    const shown = flow.state();
    expect(shown.kind).toBe('done');
    refusal = ['Esta caja está abierta en otra pestaña: no se envió nada.'];
    const op = ledgerOp({ key: 'u1', estado: 'sending', rowId: null });
    flow.recheck(op);
    expect(rechecks).toEqual([]);
    expect(flow.checking()).toBeNull();
    expect(flow.rechecked()).toBeNull();
    expect(flow.state()).toBe(shown);
    refusal = null;
    flow.recheck(op);
    expect(rechecks.length).toBe(1);
  });

  it('recheck: one check at a time, waiting meanwhile, its verdict kept apart from the form', () => {
    const op = ledgerOp({ key: 'u1', estado: 'unknown', rowId: null });
    flow.recheck(op);
    flow.recheck(op);
    expect(rechecks.length).toBe(1);
    expect(flow.checking()).toBe('u1');
    expect(flow.waiting()).toBeTrue();
    expect(flow.busy()).toBeFalse();
    rechecks[0].next({ kind: 'applied', record: { id: 41 }, reconciled: true });
    expect(flow.checking()).toBeNull();
    expect(flow.waiting()).toBeFalse();
    expect(flow.rechecked()).toEqual({
      op,
      verdict: { kind: 'applied', record: { id: 41 }, reconciled: true },
    });
    expect(flow.state()).toEqual({ kind: 'idle', refused: [] });
    flow.notice.set('Espera la respuesta');
    flow.start('A');
    expect(flow.rechecked()).toBeNull();
    expect(flow.notice()).toBeNull();
  });
});
