import { LateCommitAlert } from './late-commit-alert';
import { NoSessionAlert } from './no-session-alert';
import { OperadoraKeys } from './operadora-keys';
import { OperadoraRadios } from './operadora-radios';
import { OtherTabAlert } from './other-tab-alert';
import { QuickAmounts } from './quick-amounts';
import { SaldosPanel } from './saldos-panel';
import { UnresolvedPanel } from './unresolved-panel';

export { OperadoraRadios };

/** What the counter and injection pages are made of (the counter defers what is below). */
export const COUNTER_UI = [
  ...[LateCommitAlert, NoSessionAlert, OperadoraKeys, OperadoraRadios, OtherTabAlert],
  ...[QuickAmounts, SaldosPanel, UnresolvedPanel],
] as const;
