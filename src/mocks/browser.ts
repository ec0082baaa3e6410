import { setupWorker } from 'msw/browser';
import { localStorageConfig } from './config';
import { DataChangedAction } from './handlers/context';
import { createMockBackend, dispatchDataChanged, KantutaMockApi } from './mock-backend';
import { indexedDbPersistence } from './persistence';

declare global {
  interface Window {
    /** The mock's test and dev controls; only in the mock build. */
    __kantutaMock?: KantutaMockApi;
  }
}

/** Loads the persisted state (or the seed), then lets the service worker answer `/api`. */
export async function startBrowserMock(): Promise<KantutaMockApi> {
  const { api, handlers } = await createMockBackend({
    persistence: indexedDbPersistence(),
    config: localStorageConfig(),
    notify: everyTab(),
  });
  await setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  window.__kantutaMock = api;
  return api;
}

/**
 * `dataChanged` reaches every tab, as the service's socket reaches every client: here, and
 * through a BroadcastChannel to the other tabs of this browser (their mock answers from the
 * same database, MockDb.sync).
 */
function everyTab(): (action: DataChangedAction) => void {
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel('kantuta-mock') : null;
  channel?.addEventListener('message', (e: MessageEvent<{ dataChanged?: DataChangedAction }>) => {
    if (e.data?.dataChanged) dispatchDataChanged(e.data.dataChanged);
  });
  return (action) => {
    dispatchDataChanged(action);
    channel?.postMessage({ dataChanged: action });
  };
}
