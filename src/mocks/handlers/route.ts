import { delay, http, HttpResponse } from 'msw';
import { apiError, ApiFailure, gatewayError, unauthorized } from '../errors';
import { bearer, verifyToken } from '../jwt';
import { MockContext } from './context';

/** The authenticated caller, from the access token (the global guard of the service). */
export interface Caller {
  id: number;
  roleName: string;
}

export interface RouteArgs {
  request: Request;
  /** The service path, without the app's `/api` prefix: what error bodies carry. */
  path: string;
  params: Record<string, string>;
  body: unknown;
  caller: Caller;
}

type Resolver = (args: RouteArgs) => Promise<Response> | Response;

/**
 * One endpoint: latency, offline and queued faults, the bearer guard (401 before any
 * validation, as Nest runs guards before pipes), then the resolver, whose refusals become
 * the service's error body.
 */
export function route(
  ctx: MockContext,
  method: 'get' | 'post' | 'patch',
  pattern: string,
  resolver: Resolver,
  options: { open?: boolean } = {},
) {
  return http[method](`*/api${pattern}`, async ({ request, params }) => {
    const path = servicePath(request);
    const { latencyMs } = ctx.config.read();
    if (latencyMs > 0) await delay(latencyMs);
    if (ctx.faults.offlineNow) return HttpResponse.error();
    const fault = ctx.faults.take(request.method, path);
    if (fault === 'dropBeforeApply') return HttpResponse.error();
    if (fault === 'unauthorized') return unauthorized(path);
    if (fault !== null && typeof fault === 'object' && 'message' in fault) {
      return apiError(fault.status, path, fault.message);
    }
    if (fault !== null && typeof fault === 'object' && 'status' in fault) {
      return fault.status === 500
        ? apiError(500, path, 'Internal server error')
        : gatewayError(fault.status);
    }
    const caller = options.open ? { id: 0, roleName: '' } : authenticate(request, ctx.now());
    if (!caller) return unauthorized(path);

    if (fault !== null && typeof fault === 'object' && 'commitLateMs' in fault) {
      const body = await readJson(request).catch(() => ({}));
      const args = { request, path, params: stringParams(params), body, caller };
      setTimeout(
        () => void ctx.db.exclusive(async () => resolver(args)).catch(() => undefined),
        fault.commitLateMs,
      );
      return HttpResponse.error();
    }
    let response: Response;
    try {
      const body = request.method === 'GET' ? undefined : await readJson(request);
      const args = { request, path, params: stringParams(params), body, caller };
      // On the latest state (another tab may have saved), no other tab's request meanwhile.
      response = await ctx.db.exclusive(async () => resolver(args));
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      response = apiError(error.status, path, error.reason);
    }
    if (fault === 'dropAfterApply') return HttpResponse.error();
    if (fault !== null && typeof fault === 'object' && 'delayMs' in fault)
      await delay(fault.delayMs);
    return response;
  });
}

/** Nest answers unknown routes with a 404 (before the guard). */
export function notFoundRoute(ctx: MockContext) {
  return http.all('*/api/*', ({ request }) => {
    if (ctx.faults.offlineNow) return HttpResponse.error();
    const path = servicePath(request);
    return apiError(404, path, `Cannot ${request.method} ${path}`);
  });
}

/** Nest's ParseIntPipe. */
export function intParam(value: string | undefined): number {
  if (value === undefined || !/^-?\d+$/.test(value)) {
    throw new ApiFailure(400, 'Validation failed (numeric string is expected)');
  }
  return Number(value);
}

function authenticate(request: Request, now: number): Caller | null {
  const token = bearer(request);
  const claims = token ? verifyToken('access', token, now) : null;
  const roleName = claims?.['roleName'];
  // The service's guard refuses a token without roleName: the refreshed-token defect.
  if (!claims || typeof roleName !== 'string' || roleName === '') return null;
  return { id: claims['sub'] as number, roleName };
}

function servicePath(request: Request): string {
  return new URL(request.url).pathname.replace(/^\/api(?=\/)/, '');
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiFailure(400, (error as Error).message);
  }
}

function stringParams(params: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params))
    if (typeof value === 'string') out[key] = value;
  return out;
}
