import { HttpErrorResponse } from '@angular/common/http';
import { formatBs, parseWireMoney } from '../../shared/money';

/** Why a request has no answer at all: the connection dropped, or our own time limit passed. */
export type NoAnswerReason = 'network' | 'timeout';

/**
 * The one error type of the app, whatever the service sent: `message` string or array, a text
 * body, no body at all (status 0), or our timeout. `stack` is never kept.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: readonly string[],
    readonly detail: string | null = null,
    readonly noAnswer: NoAnswerReason | null = null,
  ) {
    super(messages.join(' '));
    this.name = 'ApiError';
  }

  /**
   * The request may have been applied without us hearing back: no answer, timeout or a
   * gateway error. A money POST in this state must be reconciled, never resent blindly.
   */
  get outcomeUnknown(): boolean {
    return (
      this.noAnswer !== null || this.status === 502 || this.status === 503 || this.status === 504
    );
  }

  /** The first message, the one to show in an alert. */
  get message0(): string {
    return this.messages[0] ?? '';
  }
}

/** Spanish text per status when the service says nothing useful. */
const FALLBACK_BY_STATUS: Record<number, string> = {
  0: 'No hay conexión con el servidor. Revisa la red e inténtalo de nuevo.',
  400: 'La solicitud no es válida.',
  401: 'Tu sesión expiró. Vuelve a ingresar.',
  403: 'No tienes permiso para esta acción.',
  404: 'No se encontró lo que buscabas.',
  408: 'El servidor tardó demasiado en responder.',
  409: 'La operación entra en conflicto con otra.',
  500: 'Error interno del servidor. Inténtalo de nuevo en un momento.',
  502: 'El servidor no está disponible (502).',
  503: 'El servidor no está disponible (503).',
  504: 'El servidor tardó demasiado en responder (504).',
};

export function fallbackMessage(status: number): string {
  return (
    FALLBACK_BY_STATUS[status] ??
    (status >= 500 ? FALLBACK_BY_STATUS[500] : 'No se pudo completar la operación.')
  );
}

/** English messages of the service's validation library, in Spanish for a cashier. */
const KNOWN_MESSAGES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Unauthorized$/, () => FALLBACK_BY_STATUS[401]],
  [/^Internal server error$/i, () => FALLBACK_BY_STATUS[500]],
  [/^(Bad Gateway|Service Unavailable|Gateway Timeout)$/i, () => 'El servidor no está disponible.'],
  [
    /^(\w+) must not be less than ([\d.]+)$/,
    (m) => `${fieldName(m[1])}: el mínimo es ${minimum(m[1], m[2])}.`,
  ],
  [
    /^(\w+) must be a number conforming to the specified constraints$/,
    (m) => `${fieldName(m[1])} debe ser un número.`,
  ],
  // `Falta la operadora.`: no adjective to agree with the field's gender.
  [/^(\w+) should not be empty$/, (m) => `Falta ${lowerFirst(fieldName(m[1]))}.`],
  [/^(\w+) must be a string$/, (m) => `${fieldName(m[1])} debe ser texto.`],
  [
    /^(\w+) must be one of the following values: (.*)$/,
    (m) => `${fieldName(m[1])} debe ser una de: ${m[2]}.`,
  ],
  [/^property (\w+) should not exist$/, (m) => `El campo «${m[1]}» no está permitido.`],
  [/^Invalid or expired refresh token$/, () => FALLBACK_BY_STATUS[401]],
];

const FIELD_NAMES: Record<string, string> = {
  monto: 'El monto',
  numero_cliente: 'El número de celular',
  operadora: 'La operadora',
  operadora_destino: 'La operadora',
  id_caja_sesion: 'La sesión de caja',
  monto_final_real: 'El monto contado',
  monto_inicial: 'El monto inicial',
  email: 'El correo',
  password: 'La contraseña',
};

function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? `El campo «${field}»`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const MONEY_FIELDS = new Set(['monto', 'monto_final_real', 'monto_inicial']);

/** A limit as a cashier reads it: `Bs 0,10` for an amount, a decimal comma otherwise. */
function minimum(field: string, value: string): string {
  const n = Number(value);
  if (MONEY_FIELDS.has(field) && Number.isFinite(n)) return formatBs(parseWireMoney(n));
  return value.replace('.', ',');
}

export function toSpanish(message: string): string {
  for (const [pattern, translate] of KNOWN_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return translate(match);
  }
  return message;
}

function messagesFromBody(body: unknown): string[] {
  if (typeof body === 'string') {
    const text = body.trim();
    if (text === '') return [];
    try {
      return messagesFromBody(JSON.parse(text));
    } catch {
      // An HTML error page from a proxy is no message for a cashier.
      return text.startsWith('<') || text.length > 300 ? [] : [text];
    }
  }
  if (body && typeof body === 'object' && 'message' in body) {
    const message = (body as { message: unknown }).message;
    if (typeof message === 'string') return message ? [message] : [];
    if (Array.isArray(message)) return message.filter((m): m is string => typeof m === 'string');
  }
  return [];
}

function detailFromBody(body: unknown): string | null {
  if (body && typeof body === 'object' && 'error_detail' in body) {
    const detail = (body as { error_detail: unknown }).error_detail;
    return typeof detail === 'string' ? detail : null;
  }
  return null;
}

/** Builds the ApiError of any failed HTTP call (used by the error interceptor). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) {
      return new ApiError(0, [FALLBACK_BY_STATUS[0]], null, 'network');
    }
    const raw = messagesFromBody(error.error);
    const messages = raw.map(toSpanish);
    return new ApiError(
      error.status,
      messages.length ? messages : [fallbackMessage(error.status)],
      detailFromBody(error.error),
    );
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new ApiError(0, ['El servidor no respondió a tiempo.'], null, 'timeout');
  }
  return new ApiError(0, [fallbackMessage(-1)], null, null);
}
