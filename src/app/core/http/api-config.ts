import { InjectionToken } from '@angular/core';

export interface ApiConfig {
  /** Prefix of every service path; `/api` in both modes (proxy or mock). */
  baseUrl: string;
  /** After this many ms without an answer a request fails with a timeout (outcome unknown). */
  timeoutMs: number;
}

export const API_CONFIG = new InjectionToken<ApiConfig>('API_CONFIG', {
  providedIn: 'root',
  factory: () => ({ baseUrl: '/api', timeoutMs: 15000 }),
});
