import { ApiError } from './api-error';

/** One state per request instead of scattered booleans. */
export type CallState = 'idle' | 'loading' | 'loaded' | { error: ApiError };

export function errorOf(state: CallState): ApiError | null {
  return typeof state === 'object' ? state.error : null;
}
