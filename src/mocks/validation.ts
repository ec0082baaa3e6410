import { OPERADORAS } from './operadoras';
import { ApiFailure } from './errors';

/**
 * The service's DTO validation (class-validator behind Nest's ValidationPipe with
 * whitelist + forbidNonWhitelisted): unknown properties first, then each field in the
 * DTO's order, each failing constraint in the order the fixtures show.
 */
type Check = [passes: (value: unknown) => boolean, message: string];

export interface FieldRule {
  name: string;
  checks: Check[];
  optional?: boolean;
}

/**
 * The real service never answered more than 3 messages: an empty top-up body gives only the
 * first 3 of its 7 failing constraints (recarga-empty-body.json), while the same constraints
 * appear when fewer fail (recarga-missing-number.json). So the list is cut at 3.
 */
const MAX_MESSAGES = 3;

export function validate(body: unknown, fields: readonly FieldRule[]): string[] | null {
  const source = isRecord(body) ? body : {};
  const known = new Set(fields.map((f) => f.name));
  const messages = Object.keys(source)
    .filter((key) => !known.has(key))
    .map((key) => `property ${key} should not exist`);
  for (const field of fields) {
    const value = source[field.name];
    if (field.optional && (value === undefined || value === null)) continue;
    for (const [passes, message] of field.checks) {
      if (!passes(value)) messages.push(message.replace('$property', field.name));
    }
  }
  return messages.length ? messages.slice(0, MAX_MESSAGES) : null;
}

/** The body, once the DTO rules passed (400 with the messages otherwise). */
export function validated<T>(body: unknown, rules: readonly FieldRule[]): T {
  const messages = validate(body, rules);
  if (messages) throw new ApiFailure(400, messages);
  return body as T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export const notEmpty: Check = [
  (v) => v !== '' && v !== null && v !== undefined,
  '$property should not be empty',
];
export const string: Check = [(v) => typeof v === 'string', '$property must be a string'];
export const number: Check = [
  isNumber,
  '$property must be a number conforming to the specified constraints',
];
export const operadora: Check = [
  (v) => (OPERADORAS as readonly unknown[]).includes(v),
  `$property must be one of the following values: ${OPERADORAS.join(', ')}`,
];
export function min(limit: number): Check {
  return [(v) => isNumber(v) && v >= limit, `$property must not be less than ${limit}`];
}

export const RECARGA_RULES: readonly FieldRule[] = [
  { name: 'operadora', checks: [notEmpty, operadora] },
  { name: 'numero_cliente', checks: [notEmpty, string] },
  { name: 'monto', checks: [min(0.1), number] },
  { name: 'id_caja_sesion', checks: [number] },
];

export const INYECCION_RULES: readonly FieldRule[] = [
  { name: 'operadora_destino', checks: [notEmpty, operadora] },
  { name: 'monto', checks: [min(1), number] },
  { name: 'id_caja_sesion', checks: [number] },
];

export const LOGIN_RULES: readonly FieldRule[] = [
  {
    name: 'email',
    checks: [
      [
        (v) => typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
        'El email no tiene un formato valido',
      ],
    ],
  },
  { name: 'password', checks: [notEmpty, string] },
];

export const ABRIR_RULES: readonly FieldRule[] = [
  { name: 'id_caja', checks: [number] },
  { name: 'monto_inicial', checks: [min(0), number], optional: true },
  { name: 'id_usuario', checks: [number] },
  { name: 'id_user_create', checks: [number] },
];

export const CERRAR_RULES: readonly FieldRule[] = [
  { name: 'monto_final_real', checks: [min(0), number] },
  { name: 'id_user_update', checks: [number] },
];
