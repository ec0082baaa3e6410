import { OperadoraSaldoDto } from '../app/features/recargas/data-access/recargas.dto';

/** An operator name as the wire carries it (the DTOs' type). */
export type OperadoraNombre = OperadoraSaldoDto['nombre_operadora'];

/**
 * The three networks the service knows, listed by the mock itself: a mistake in the app's
 * list cannot hide in the mock's answers. The casts only name the wire type for the strings.
 */
export const OperadoraNombre = {
  Tigo: 'Tigo' as OperadoraNombre,
  Entel: 'Entel' as OperadoraNombre,
  Viva: 'Viva' as OperadoraNombre,
} as const;

/** In the service's order (the enum of its validation message). */
export const OPERADORAS: readonly OperadoraNombre[] = [
  OperadoraNombre.Tigo,
  OperadoraNombre.Entel,
  OperadoraNombre.Viva,
];
