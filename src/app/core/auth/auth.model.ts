import { AccessTokenPayload, LoginResponseDto } from './auth.dto';

/** The supervisor (`Administrador`) or the cashier (`Operador`). */
export type Role = 'supervisor' | 'cajero';

/** All the app keeps of the signed-in user: never the login answer (it holds the password hash). */
export interface AuthUser {
  id: number;
  name: string;
  role: Role;
}

export interface AuthState {
  accessToken: string;
  refreshToken: string;
  user: AuthUser;
  /** As typed at sign-in (trimmed): the idle lock signs this same account in again. */
  email: string;
}

/** The service knows the roles by new and old names; a user without a role gets "user". */
export function roleFromName(name: string | null | undefined): Role {
  const n = (name ?? '').toLowerCase();
  return n === 'administrador' || n === 'admin' ? 'supervisor' : 'cajero';
}

export function toAuthState(dto: LoginResponseDto, email: string): AuthState {
  const payload = decodeJwt(dto.access_token);
  return {
    accessToken: dto.access_token,
    refreshToken: dto.refresh_token,
    email,
    user: {
      id: dto.user.id,
      name: dto.user.name,
      role: roleFromName(dto.user.role?.nombre ?? payload?.roleName),
    },
  };
}

/**
 * Reads a JWT payload without checking it (the service checks). Only `roleName` is used: the
 * role when the login answer's user has none. Expiry is not read here: a 401 drives the refresh.
 */
export function decodeJwt(token: string): AccessTokenPayload | null {
  try {
    const part = token.split('.')[1];
    if (!part) return null;
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as AccessTokenPayload;
  } catch {
    return null;
  }
}

/** Validates what was read back from storage: anything else than these fields is dropped. */
export function parseStoredAuth(raw: string | null): AuthState | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<AuthState>;
    const u = v.user;
    if (
      typeof v.accessToken === 'string' &&
      typeof v.refreshToken === 'string' &&
      u &&
      typeof u.id === 'number' &&
      typeof u.name === 'string' &&
      (u.role === 'supervisor' || u.role === 'cajero')
    ) {
      return {
        accessToken: v.accessToken,
        refreshToken: v.refreshToken,
        user: { id: u.id, name: u.name, role: u.role },
        email: typeof v.email === 'string' ? v.email : '',
      };
    }
  } catch {
    // Corrupt storage: start signed out.
  }
  return null;
}
