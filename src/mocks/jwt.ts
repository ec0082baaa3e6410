import { AccessTokenPayload } from '../app/core/auth/auth.dto';

/**
 * JWT-shaped tokens (header.payload.signature, base64url). The signature is a fixed string per
 * kind, so a refresh token is never taken for an access token nor an edited token accepted.
 */
export type TokenKind = 'access' | 'refresh';

export interface RefreshTokenPayload {
  sub: number;
  iat: number;
  exp: number;
}

const HEADER = base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const SIGNATURE: Record<TokenKind, string> = {
  access: base64Url('kantuta-mock-access-signature'),
  refresh: base64Url('kantuta-mock-refresh-signature'),
};

export const REFRESH_TTL_SEC = 7 * 24 * 3600;

export function signToken(kind: TokenKind, payload: AccessTokenPayload | RefreshTokenPayload) {
  return `${HEADER}.${base64Url(JSON.stringify(payload))}.${SIGNATURE[kind]}`;
}

/** The payload of a well-formed, unexpired token of that kind, or null. */
export function verifyToken(
  kind: TokenKind,
  token: string,
  nowMs: number,
): Record<string, unknown> | null {
  const [header, payload, signature, ...rest] = token.split('.');
  if (rest.length > 0 || header !== HEADER || signature !== SIGNATURE[kind] || !payload) {
    return null;
  }
  try {
    const decoded: unknown = JSON.parse(fromBase64Url(payload));
    if (typeof decoded !== 'object' || decoded === null) return null;
    const claims = decoded as Record<string, unknown>;
    const { exp, sub } = claims;
    if (typeof exp !== 'number' || typeof sub !== 'number' || exp * 1000 <= nowMs) return null;
    return claims;
  } catch {
    return null;
  }
}

export function bearer(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
  return match ? match[1] : null;
}

export function decodePayload(token: string): Record<string, unknown> {
  return JSON.parse(fromBase64Url(token.split('.')[1] ?? '')) as Record<string, unknown>;
}

function base64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
