/** The three Bolivian mobile networks, with the string values the service uses. */
export enum OperadoraNombre {
  Tigo = 'Tigo',
  Entel = 'Entel',
  Viva = 'Viva',
}

export const OPERADORAS: readonly OperadoraNombre[] = [
  OperadoraNombre.Tigo,
  OperadoraNombre.Entel,
  OperadoraNombre.Viva,
];

export function isOperadora(value: unknown): value is OperadoraNombre {
  return typeof value === 'string' && (OPERADORAS as readonly string[]).includes(value);
}
