import { getResponse } from 'msw';
import { LoginResponseDto } from '../../app/core/auth/auth.dto';
import { ErrorBodyDto } from '../../app/shared/audit.dto';
import { MockConfig, memoryConfig } from '../config';
import { DataChangedAction } from '../handlers/context';
import { createMockBackend } from '../mock-backend';
import { memoryPersistence, Persistence } from '../persistence';
import { CAJERO, SUPERVISOR } from '../users';

/** 2026-11-25 15:00 UTC: a fixed clock that specs move forward by hand. */
export const T0 = Date.UTC(2026, 10, 25, 15, 0, 0);

export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  token?: string | null;
}

/**
 * The handlers driven through HTTP shapes without a service worker (msw's getResponse), on an
 * in-memory database, no latency, a controllable clock and recorded dataChanged events.
 */
export async function createTestBackend(
  options: { config?: Partial<MockConfig>; persistence?: Persistence } = {},
) {
  const clock = { now: T0 };
  const events: DataChangedAction[] = [];
  const backend = await createMockBackend({
    persistence: options.persistence ?? memoryPersistence(),
    config: memoryConfig({ latencyMs: 0, ...options.config }),
    now: () => clock.now,
    notify: (action) => events.push(action),
  });

  async function call(method: string, path: string, opts: CallOptions = {}): Promise<Response> {
    const headers = new Headers();
    if (opts.token) headers.set('Authorization', `Bearer ${opts.token}`);
    let body: string | undefined = opts.rawBody;
    if (opts.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(opts.body);
    }
    const request = new Request(`http://localhost/api${path}`, { method, headers, body });
    const response = await getResponse(backend.handlers, request);
    if (!response) throw new Error(`No handler answered ${method} ${path}`);
    return response;
  }

  async function login(user = CAJERO): Promise<LoginResponseDto> {
    const response = await call('POST', '/auth/login', {
      body: { email: user.email, password: user.password },
    });
    return (await response.json()) as LoginResponseDto;
  }

  const cajeroToken = (await login(CAJERO)).access_token;
  const supervisorToken = (await login(SUPERVISOR)).access_token;

  /** A call as the seeded cashier unless another token is given. */
  const as = (method: string, path: string, opts: CallOptions = {}) =>
    call(method, path, { token: cajeroToken, ...opts });

  async function openSesionId(): Promise<number> {
    const response = await as('GET', `/cajas/sesion-activa/${CAJERO.id}`);
    return ((await response.json()) as { id: number }).id;
  }

  return { ...backend, clock, events, call, as, login, cajeroToken, supervisorToken, openSesionId };
}

export type TestBackend = Awaited<ReturnType<typeof createTestBackend>>;

export async function errorBody(response: Response): Promise<ErrorBodyDto> {
  return (await response.json()) as ErrorBodyDto;
}

/** Status, message and error_detail: what the app reads from an error. */
export async function refusal(response: Response) {
  const body = await errorBody(response);
  return { status: response.status, message: body.message, error_detail: body.error_detail };
}
