import { formatBoDate } from '../../../shared/bo-date';
import { LedgerOp } from './ledger/ledger.model';
import { MoneyFlowState } from './money-flow';
import { Verdict } from './operaciones.store';

/** How one kind of operation is named to the cashier. */
export interface FlowWords<N> {
  /** `Tigo 765 43 210 por Bs 20,00` */
  what(n: N): string;
  /** `Recarga realizada` */
  done: string;
  /** `Recarga confirmada` (found in the history after a lost answer) */
  confirmed: string;
  /** `La recarga no se aplicó` */
  notApplied: string;
  /** What the cashier may do after "not applied". */
  retry: string;
}

export interface Told {
  status: string | null;
  errors: string[];
}

const NOTHING: Told = { status: null, errors: [] };

/** What the cashier reads of a verdict: a status line, or alert lines. */
export function describeVerdict<N>(v: Verdict<{ id: number }>, n: N, words: FlowWords<N>): Told {
  const what = words.what(n);
  switch (v.kind) {
    case 'applied':
      return {
        status: `${v.reconciled ? words.confirmed : words.done}: ${what} (transacción #${v.record.id}).`,
        errors: [],
      };
    case 'refused':
      return { status: null, errors: [...v.error.messages] };
    case 'not-applied':
      return {
        status: null,
        errors: [
          `${words.notApplied}: ${what}. ${words.retry} Seguimos verificando hasta las ${formatBoDate(v.watchUntil, 'hora')} por si el servidor la registra tarde.`,
        ],
      };
    case 'unknown':
      // The blocking "Estado desconocido" panel says it all.
      return NOTHING;
  }
}

/**
 * What a form's state says. A "not applied" that turned up later is left to the late-commit
 * alert (`lateKeys`): the two must never be on screen together.
 */
export function describeFlow<N>(
  s: MoneyFlowState<N, { id: number }>,
  words: FlowWords<N>,
  lateKeys: ReadonlySet<string>,
): Told {
  switch (s.kind) {
    case 'idle':
      return { status: null, errors: [...s.refused] };
    case 'done':
      return describeVerdict(
        { kind: 'applied', record: s.record, reconciled: s.reconciled },
        s.nueva,
        words,
      );
    case 'not-applied': {
      if (lateKeys.has(s.key)) return NOTHING;
      const v = { kind: 'not-applied', watchUntil: s.watchUntil, key: s.key } as const;
      return describeVerdict({ ...v, error: null as never }, s.nueva, words);
    }
    default:
      return NOTHING;
  }
}

/** Everything a money form says: the last recheck's outcome, else its state, plus a notice. */
export function tellFlow<N>(
  flow: {
    state(): MoneyFlowState<N, { id: number }>;
    rechecked(): { op: LedgerOp; verdict: Verdict<{ id: number }> } | null;
    notice(): string | null;
  },
  words: FlowWords<N>,
  nuevaOf: (op: LedgerOp) => N,
  late: readonly LedgerOp[],
): Told {
  const r = flow.rechecked();
  const told = r
    ? describeVerdict(r.verdict, nuevaOf(r.op), words)
    : describeFlow(flow.state(), words, new Set(late.map((o) => o.key)));
  const notice = flow.notice();
  return notice ? { ...told, errors: [...told.errors, notice] } : told;
}
