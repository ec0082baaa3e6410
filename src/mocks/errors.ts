import { HttpResponse, JsonBodyType } from 'msw';
import { ErrorBodyDto } from '../app/shared/audit.dto';

const JSON_UTF8 = { 'Content-Type': 'application/json; charset=utf-8' };

const REASON: Record<number, [detail: string, exception: string]> = {
  400: ['Bad Request', 'BadRequestException'],
  401: ['Unauthorized', 'UnauthorizedException'],
  404: ['Not Found', 'NotFoundException'],
  500: ['Internal Server Error', 'InternalServerErrorException'],
};

export function json(body: JsonBodyType, status = 200): Response {
  return HttpResponse.json(body, { status, headers: JSON_UTF8 });
}

/**
 * The service's one error body. Outside production it also sends `stack`; the mock sends a
 * fake one so the app proves it never shows it.
 */
export function apiError(
  status: number,
  path: string,
  message: string | string[],
  errorDetail: string | null = REASON[status]?.[0] ?? null,
): Response {
  const exception = REASON[status]?.[1] ?? 'HttpException';
  const text = Array.isArray(message) ? 'Bad Request Exception' : message;
  const body: ErrorBodyDto = {
    statusCode: status,
    timestamp: new Date().toISOString(),
    path,
    message,
    error_detail: errorDetail,
    stack:
      `${exception}: ${text}\n` +
      `    at RecargasService.handle (/usr/src/app/dist/src/mock/service.js:42:19)\n` +
      `    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)`,
  };
  return json(body, status);
}

/** The auth guard's 401: `error_detail` is null there, unlike the login's 401. */
export function unauthorized(path: string): Response {
  return apiError(401, path, 'Unauthorized', null);
}

/** What a gateway in front of the service answers on 502-504: not the service's JSON. */
export function gatewayError(status: 502 | 503 | 504): Response {
  const text = { 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' }[status];
  return new HttpResponse(`<html><body><h1>${status} ${text}</h1></body></html>`, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** A refusal (business rule or validation), thrown by the operations; the route answers it. */
export class ApiFailure extends Error {
  constructor(
    readonly status: 400 | 401 | 404,
    readonly reason: string | string[],
  ) {
    super(String(reason));
  }
}
