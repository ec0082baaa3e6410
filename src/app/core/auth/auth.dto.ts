import { AuditFieldsDto } from '../../shared/audit.dto';

export interface LoginRequestDto {
  email: string;
  password: string;
}

export interface RoleDto {
  id: number;
  nombre: string;
}

/** The user of the login answer. It carries the password hash: never keep this object. */
export interface LoginUserDto extends AuditFieldsDto {
  id: number;
  name: string;
  email: string;
  password?: string;
  persona?: unknown;
  role?: RoleDto | null;
}

export interface LoginResponseDto {
  access_token: string;
  refresh_token: string;
  user: LoginUserDto;
}

export interface RefreshResponseDto {
  access_token: string;
}

/** Payload of the service's access token. A refreshed token lacks `roleName` (a service defect). */
export interface AccessTokenPayload {
  sub: number;
  username?: string;
  roleName?: string;
  roleId?: number;
  iat: number;
  exp: number;
}
