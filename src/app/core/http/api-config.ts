import { InjectionToken } from '@angular/core';

export interface ApiConfig {
  /** Prefix of every service path; `/api` in both modes (proxy or mock). */
  baseUrl: string;
  /** After this many ms without an answer a request fails with a timeout (outcome unknown). */
  timeoutMs: number;
  /**
   * After a timeout or a gateway error, how long to wait before reading the history again
   * when the first read did not show the operation (the service may still be committing).
   */
  reconcileGraceMs: number;
}

export const API_CONFIG = new InjectionToken<ApiConfig>('API_CONFIG', {
  providedIn: 'root',
  factory: () => ({ baseUrl: '/api', timeoutMs: 15000, reconcileGraceMs: 5000 }),
});
