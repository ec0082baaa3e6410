import { setupWorker } from 'msw/browser';
import { localStorageConfig } from './config';
import { createMockBackend, KantutaMockApi } from './mock-backend';
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
  });
  await setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  window.__kantutaMock = api;
  return api;
}
