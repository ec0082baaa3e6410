import { ConfigStore } from '../config';
import { MockDb } from '../db';
import { FaultQueue } from '../faults';

/** What the `dataChanged` socket event carries in `action` for the operations mocked here. */
export type DataChangedAction = 'saldo_actualizado' | 'CAJA_ABIERTA' | 'CAJA_CERRADA';

/** Everything a handler needs; specs build it in memory with a fixed clock and no latency. */
export interface MockContext {
  db: MockDb;
  config: ConfigStore;
  faults: FaultQueue;
  now: () => number;
  notify: (action: DataChangedAction) => void;
}

/**
 * Saves before the answer leaves (a reload right after it keeps the change), then tells the
 * page, as the service's socket does, just before the HTTP answer.
 */
export async function commit(ctx: MockContext, action: DataChangedAction): Promise<void> {
  await ctx.db.save();
  ctx.notify(action);
}
