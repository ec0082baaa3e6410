import { UsuarioAnswerDto, UsuarioDto } from './usuarios.dto';

/** All the app keeps of a user: never the hash, the e-mail or the person's data. */
export interface UsuarioName {
  id: number;
  name: string;
}

/**
 * The name in a `GET /usuario/:id` answer, or null when the service does not know the id
 * (`data: null`) or sends no usable name. Only these two fields leave this function.
 */
export function toUsuarioName(
  answer: UsuarioAnswerDto<UsuarioDto | null> | null,
): UsuarioName | null {
  const data = answer?.data;
  if (!data || typeof data.id !== 'number' || typeof data.name !== 'string') return null;
  const name = data.name.trim();
  return name === '' ? null : { id: data.id, name };
}

/** What a screen shows for a person the service does not know. */
export function unknownUsuarioLabel(id: number): string {
  return `Usuario ${id}`;
}
