import { Provider } from '@angular/core';
import { API_CONFIG, ApiConfig } from '../app/core/http/api-config';
import { MOCK_CONTROL, MockControl } from '../app/core/mock-control';
import { localStorageConfig } from './config';
import type { KantutaMockApi } from './mock-backend';
import { USERS } from './users';

/**
 * The mock build's replacement of src/app/backend.ts (angular.json fileReplacements): MSW in
 * the page answers every `/api` call. The mock itself is loaded lazily by startBackend.
 */
export const backendMode: 'api' | 'mock' = 'mock';

let started: Promise<KantutaMockApi> | null = null;

function mock(): Promise<KantutaMockApi> {
  started ??= import('./browser').then((m) => m.startBrowserMock());
  return started;
}

export async function startBackend(): Promise<void> {
  await mock();
}

const mockControl: MockControl = {
  reset: async () => (await mock()).reset(),
  generate: async (recargas, inyecciones) => {
    await (await mock()).generate(recargas, inyecciones);
  },
  demoAccounts: USERS.map((u) => ({ email: u.email, password: u.password, role: u.roleLabel })),
};

/** The app's answer time limit follows the mock config live, so fault tests can shorten it. */
const apiConfig: ApiConfig = {
  baseUrl: '/api',
  get timeoutMs() {
    return localStorageConfig().read().apiTimeoutMs;
  },
  get reconcileGraceMs() {
    return localStorageConfig().read().reconcileGraceMs;
  },
};

export const backendProviders: Provider[] = [
  { provide: MOCK_CONTROL, useValue: mockControl },
  { provide: API_CONFIG, useValue: apiConfig },
];
