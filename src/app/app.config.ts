import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import localeEsBo from '@angular/common/locales/es-BO';
import {
  ApplicationConfig,
  LOCALE_ID,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding, withRouterConfig } from '@angular/router';
import { routes } from './app.routes';
import { backendMode, backendProviders } from './backend';
import { authInterceptor } from './core/auth/auth.interceptor';
import { apiBaseUrlInterceptor, apiErrorInterceptor } from './core/http/interceptors';
import { SwVersions } from './core/sw-versions';
import { provideLedgerAtStart } from './features/recargas/data-access/ledger/ledger-at-start';

registerLocaleData(localeEsBo);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withRouterConfig({ paramsInheritanceStrategy: 'always' }),
    ),
    // Order matters: base URL first, auth sees ApiErrors built by the innermost error interceptor.
    provideHttpClient(
      withFetch(),
      withInterceptors([apiBaseUrlInterceptor, authInterceptor, apiErrorInterceptor]),
    ),
    { provide: LOCALE_ID, useValue: 'es-BO' },
    ...backendProviders,
    // Unknown outcomes of the till ledger reach the sign-out on every page, not only the counter.
    provideLedgerAtStart(),
    // The app shell from the worker's cache (production build only: in mock builds MSW owns the
    // page's service worker). It registers once the first screen is done, at the latest 30 s.
    provideAppInitializer(() => {
      if (backendMode === 'api' && !isDevMode()) inject(SwVersions).register();
    }),
  ],
};
