import { AuditFieldsDto } from '../../shared/audit.dto';

/** The person behind a user, as the service embeds it. */
export interface PersonaDto extends AuditFieldsDto {
  id: number;
  nombres: string;
  p_apellido: string;
  s_apellido?: string | null;
  fecha_nacimiento?: string | null;
  genero?: string | null;
}

/**
 * A user as `GET /usuario/:id` and `GET /usuario` send it. It carries the password hash
 * (`password`) and personal data: only `id` and `name` are ever kept (usuarios.mapper.ts).
 */
export interface UsuarioDto extends AuditFieldsDto {
  id: number;
  name: string;
  email: string;
  password?: string;
  persona?: PersonaDto | null;
  /** On `/usuario/:id` only. */
  role?: { id: number; nombre: string } | null;
}

/** The envelope of the users endpoints: an unknown id is a 200 with `data: null`. */
export interface UsuarioAnswerDto<T> {
  status: number;
  message: string;
  data: T;
}
