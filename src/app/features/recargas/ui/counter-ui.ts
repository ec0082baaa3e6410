import { LateCommitAlert } from './late-commit-alert';
import { NoSessionAlert } from './no-session-alert';
import { OperadoraKeys } from './operadora-keys';
import { OperadoraRadios } from './operadora-radios';
import { OtherTabAlert } from './other-tab-alert';
import { QuickAmounts } from './quick-amounts';
import { Receipt } from './receipt';
import { RecientesList } from './recientes-list';
import { ResumenStrip } from './resumen-strip';
import { SaldosPanel } from './saldos-panel';
import { UnresolvedPanel } from './unresolved-panel';

export { OperadoraRadios };

/** What the counter and injection pages are made of. */
export const COUNTER_UI = [
  ...[LateCommitAlert, NoSessionAlert, OperadoraKeys, OperadoraRadios, OtherTabAlert],
  ...[QuickAmounts, Receipt, RecientesList, ResumenStrip, SaldosPanel, UnresolvedPanel],
] as const;
