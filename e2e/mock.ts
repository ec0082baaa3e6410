import { Page } from '@playwright/test';
import type { Fault } from '../src/mocks/faults';

export type { Fault };

/** What e2e tests use of the mock backend's window API (src/mocks/browser.ts). */
interface MockApi {
  configure(partial: Record<string, unknown>): unknown;
  faults: {
    next(pattern: string, fault: Fault): void;
    offline(on: boolean): void;
    clear(): void;
    pending(): number;
  };
  closeSession(id: number): void;
  setOperadoraSaldo(nombre: string, monto: number): void;
  setOperadoraMissing(nombre: string): void;
}

type W = Window & { __kantutaMock: MockApi };

export const mock = {
  fault: (page: Page, pattern: string, fault: Fault) =>
    page.evaluate(([p, f]) => (window as unknown as W).__kantutaMock.faults.next(p, f), [
      pattern,
      fault,
    ] as const),
  clearFaults: (page: Page) =>
    page.evaluate(() => (window as unknown as W).__kantutaMock.faults.clear()),
  offline: (page: Page, on: boolean) =>
    page.evaluate((o) => (window as unknown as W).__kantutaMock.faults.offline(o), on),
  configure: (page: Page, partial: Record<string, unknown>) =>
    page.evaluate((p) => (window as unknown as W).__kantutaMock.configure(p), partial),
  closeSession: (page: Page, id: number) =>
    page.evaluate((i) => (window as unknown as W).__kantutaMock.closeSession(i), id),
  removeOperadora: (page: Page, nombre: string) =>
    page.evaluate((n) => (window as unknown as W).__kantutaMock.setOperadoraMissing(n), nombre),
  setSaldo: (page: Page, nombre: string, monto: number) =>
    page.evaluate(([n, m]) => (window as unknown as W).__kantutaMock.setOperadoraSaldo(n, m), [
      nombre,
      monto,
    ] as const),
};

/** Reads the service as the signed-in user would (through the mock), for end-of-run checks. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return apiCall<T>(page, 'GET', path);
}

/** Writes to the service with the signed-in user's token, as another device of the shop would. */
export async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  return apiCall<T>(page, 'POST', path, body);
}

async function apiCall<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([m, p, b]) => {
      const auth = JSON.parse(sessionStorage.getItem('kantuta.auth') ?? '{}') as {
        accessToken?: string;
      };
      const res = await fetch(`/api${p}`, {
        method: m,
        headers: {
          Authorization: `Bearer ${auth.accessToken}`,
          ...(b === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return (await res.json()) as T;
    },
    [method, path, body] as const,
  );
}
