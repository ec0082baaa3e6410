import { Provider } from '@angular/core';

/**
 * The real Kantuta POS API: nothing to start in the page. The mock build replaces this file
 * with src/mocks/backend.mock.ts (angular.json fileReplacements), so no mock code reaches
 * the production bundle.
 */
export const backendMode: 'api' | 'mock' = 'api';

export async function startBackend(): Promise<void> {
  // The real service needs no preparation.
}

export const backendProviders: Provider[] = [];
