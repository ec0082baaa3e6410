import { ledgerOp } from '../../../../testing/ledger';
import { ApiError } from '../../../core/http/api-error';
import { Cents } from '../../../shared/money';
import { describeFlow, describeVerdict, tellFlow } from './flow-texts';
import { INYECCION_WORDS } from './inyeccion-rules';
import { LedgerOp } from './ledger/ledger.model';
import { MoneyFlowState } from './money-flow';
import { OperadoraNombre } from './operadora';
import { Verdict } from './operaciones.store';
import { NuevaRecarga } from './recargas.model';
import { RECARGA_WORDS, nuevaOf } from './topup-rules';

const nueva: NuevaRecarga = {
  operadora: OperadoraNombre.Tigo,
  numeroCliente: '76543210',
  monto: 2000 as Cents,
  idSesion: 1,
};
const lost = new ApiError(0, ['El servidor no respondió.'], null, 'network');
// 18:10 UTC is 14:10 in Bolivia (UTC-4).
const watchUntil = new Date('2026-11-25T18:10:00Z');
const NOT_APPLIED =
  'La recarga no se aplicó: Tigo 7654 3210 por Bs 20,00. No se cobró; puedes intentarla de nuevo. Seguimos verificando hasta las 14:10 por si el servidor la registra tarde.';

type S = MoneyFlowState<NuevaRecarga, { id: number }>;

describe('what the cashier is told', () => {
  it('names an applied top-up with its transaction, confirmed when found after a loss', () => {
    const record = { id: 7 };
    expect(
      describeVerdict({ kind: 'applied', record, reconciled: false }, nueva, RECARGA_WORDS),
    ).toEqual({
      status: 'Recarga realizada: Tigo 7654 3210 por Bs 20,00 (transacción #7).',
      errors: [],
    });
    expect(
      describeVerdict({ kind: 'applied', record, reconciled: true }, nueva, RECARGA_WORDS).status,
    ).toBe('Recarga confirmada: Tigo 7654 3210 por Bs 20,00 (transacción #7).');
  });

  it('says "not applied" is being verified until a time in Bolivia', () => {
    const v: Verdict<{ id: number }> = { kind: 'not-applied', error: lost, watchUntil, key: 'k1' };
    expect(describeVerdict(v, nueva, RECARGA_WORDS)).toEqual({
      status: null,
      errors: [NOT_APPLIED],
    });
  });

  it("shows the service's refusal as it is, and leaves unknown to its own panel", () => {
    const refused = new ApiError(400, ['Saldo insuficiente para la operadora Tigo.']);
    expect(describeVerdict({ kind: 'refused', error: refused }, nueva, RECARGA_WORDS)).toEqual({
      status: null,
      errors: ['Saldo insuficiente para la operadora Tigo.'],
    });
    expect(describeVerdict({ kind: 'unknown', error: lost }, nueva, RECARGA_WORDS)).toEqual({
      status: null,
      errors: [],
    });
  });

  it('words an injection its own way', () => {
    const n = { operadora: OperadoraNombre.Viva, monto: 10000 as Cents, idSesion: 1 };
    expect(
      describeVerdict({ kind: 'applied', record: { id: 3 }, reconciled: false }, n, INYECCION_WORDS)
        .status,
    ).toBe('Inyección registrada: Viva por Bs 100,00 (transacción #3).');
    expect(
      describeVerdict(
        { kind: 'not-applied', error: lost, watchUntil, key: 'i' },
        n,
        INYECCION_WORDS,
      ).errors,
    ).toEqual([
      'La inyección no se aplicó: Viva por Bs 100,00. El efectivo no salió de la caja; puedes intentarla de nuevo. Seguimos verificando hasta las 14:10 por si el servidor la registra tarde.',
    ]);
  });

  it('describes each state of the form', () => {
    const none = new Set<string>();
    const say = (s: S, late = none) => describeFlow(s, RECARGA_WORDS, late);
    expect(say({ kind: 'idle', refused: ['Sin conexión'] })).toEqual({
      status: null,
      errors: ['Sin conexión'],
    });
    expect(say({ kind: 'done', nueva, record: { id: 7 }, reconciled: false }).status).toBe(
      'Recarga realizada: Tigo 7654 3210 por Bs 20,00 (transacción #7).',
    );
    const notApplied: S = { kind: 'not-applied', nueva, watchUntil, key: 'k1' };
    expect(say(notApplied).errors).toEqual([NOT_APPLIED]);
    for (const kind of ['confirming', 'sending', 'verifying'] as const)
      expect(say({ kind, nueva })).toEqual({ status: null, errors: [] });
    expect(say({ kind: 'unknown', nueva, error: lost })).toEqual({ status: null, errors: [] });
  });

  it('hides "not applied" once it turned up as a late commit: never both on screen', () => {
    const notApplied: S = { kind: 'not-applied', nueva, watchUntil, key: 'k1' };
    expect(describeFlow(notApplied, RECARGA_WORDS, new Set(['k1']))).toEqual({
      status: null,
      errors: [],
    });
    expect(describeFlow(notApplied, RECARGA_WORDS, new Set(['other'])).errors).toEqual([
      NOT_APPLIED,
    ]);
  });

  it('tells the last recheck before the form state, and adds a notice', () => {
    const op = ledgerOp({ key: 'u1', estado: 'unknown', rowId: null, numero: '71112222' });
    let rechecked: { op: LedgerOp; verdict: Verdict<{ id: number }> } | null = {
      op,
      verdict: { kind: 'applied', record: { id: 41 }, reconciled: true },
    };
    let notice: string | null = null;
    const flow = {
      state: (): S => ({ kind: 'idle', refused: ['Sin conexión'] }),
      rechecked: () => rechecked,
      notice: () => notice,
    };
    expect(tellFlow(flow, RECARGA_WORDS, nuevaOf, [])).toEqual({
      status: 'Recarga confirmada: Tigo 7111 2222 por Bs 20,00 (transacción #41).',
      errors: [],
    });
    rechecked = null;
    notice = 'Espera la respuesta de la recarga antes de salir de esta pantalla.';
    expect(tellFlow(flow, RECARGA_WORDS, nuevaOf, [])).toEqual({
      status: null,
      errors: [
        'Sin conexión',
        'Espera la respuesta de la recarga antes de salir de esta pantalla.',
      ],
    });
  });

  it('tellFlow hides a "not applied" whose operation is among the late commits', () => {
    const flow = {
      state: (): S => ({ kind: 'not-applied', nueva, watchUntil, key: 'k1' }),
      rechecked: () => null,
      notice: () => null,
    };
    expect(tellFlow(flow, RECARGA_WORDS, nuevaOf, [ledgerOp({ key: 'k1', late: true })])).toEqual({
      status: null,
      errors: [],
    });
    expect(tellFlow(flow, RECARGA_WORDS, nuevaOf, []).errors).toEqual([NOT_APPLIED]);
  });
});
