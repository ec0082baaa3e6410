/**
 * Bad or odd inputs of the top-up form, with what must happen to each: accepted (and what
 * is sent), or refused with its Spanish message and no request. Pool used: Tigo Bs 1.500,00.
 */
export type Expected = { accepted: string | number } | { refused: string };

export interface BadInput {
  field: 'numero' | 'monto' | 'operadora';
  input: string;
  expected: Expected;
}

const LEN = 'El número de celular debe tener 8 dígitos.';
const PREFIX = 'Un celular boliviano empieza con 6 o 7.';
const CHARS = 'El número solo puede tener dígitos (se aceptan espacios, guiones y +591).';
const AMOUNT = 'Escribe un monto válido, por ejemplo 10 o 10,50.';
const MIN = 'El monto mínimo es Bs 0,10.';

export const BAD_INPUTS: BadInput[] = [
  { field: 'numero', input: '', expected: { refused: 'Escribe el número de celular.' } },
  { field: 'numero', input: '   ', expected: { refused: 'Escribe el número de celular.' } },
  { field: 'numero', input: '7654321', expected: { refused: LEN } },
  { field: 'numero', input: '765432101', expected: { refused: LEN } },
  { field: 'numero', input: '76543210765', expected: { refused: LEN } },
  { field: 'numero', input: 'abcdefgh', expected: { refused: CHARS } },
  { field: 'numero', input: '7654abcd', expected: { refused: CHARS } },
  { field: 'numero', input: '86543210', expected: { refused: PREFIX } },
  { field: 'numero', input: '06543210', expected: { refused: PREFIX } },
  { field: 'numero', input: '+591 76543210', expected: { accepted: '76543210' } },
  { field: 'numero', input: '59176543210', expected: { accepted: '76543210' } },
  { field: 'numero', input: '591 6123 4567', expected: { accepted: '61234567' } },
  { field: 'numero', input: '7654 3210', expected: { accepted: '76543210' } },
  { field: 'numero', input: '7654-3210', expected: { accepted: '76543210' } },
  { field: 'numero', input: '76543210\n', expected: { accepted: '76543210' } },
  { field: 'numero', input: 'Cel: 76543210', expected: { refused: CHARS } },
  { field: 'numero', input: '<img src=x onerror=alert(1)>', expected: { refused: CHARS } },
  { field: 'numero', input: '+1 76543210', expected: { refused: LEN } },
  { field: 'monto', input: '', expected: { refused: 'Escribe el monto.' } },
  { field: 'monto', input: '0', expected: { refused: MIN } },
  { field: 'monto', input: '-5', expected: { refused: 'El monto debe ser positivo.' } },
  { field: 'monto', input: '0.05', expected: { refused: MIN } },
  { field: 'monto', input: '0,09', expected: { refused: MIN } },
  { field: 'monto', input: '0.1', expected: { accepted: 0.1 } },
  {
    field: 'monto',
    input: '10.555',
    expected: { refused: 'El monto admite como máximo 2 decimales.' },
  },
  { field: 'monto', input: '1e3', expected: { refused: AMOUNT } },
  { field: 'monto', input: '10,50', expected: { accepted: 10.5 } },
  { field: 'monto', input: ' 20 ', expected: { accepted: 20 } },
  { field: 'monto', input: '10 50', expected: { refused: AMOUNT } },
  { field: 'monto', input: 'abc', expected: { refused: AMOUNT } },
  { field: 'monto', input: '10,5,0', expected: { refused: AMOUNT } },
  {
    field: 'monto',
    input: '1.500',
    expected: { refused: 'El monto admite como máximo 2 decimales.' },
  },
  { field: 'monto', input: '1.500,00', expected: { accepted: 1500 } },
  {
    field: 'monto',
    input: '1500,01',
    expected: { refused: 'Saldo insuficiente de Tigo: disponible Bs 1.500,00.' },
  },
  { field: 'monto', input: '99999999999999999999', expected: { refused: AMOUNT } },
  { field: 'monto', input: 'Infinity', expected: { refused: AMOUNT } },
  { field: 'monto', input: 'NaN', expected: { refused: AMOUNT } },
  {
    field: 'operadora',
    input: 'Claro',
    expected: { refused: 'La operadora no es válida (Tigo, Entel o Viva).' },
  },
  {
    field: 'operadora',
    input: 'tigo',
    expected: { refused: 'La operadora no es válida (Tigo, Entel o Viva).' },
  },
  {
    field: 'operadora',
    input: '',
    expected: { refused: 'La operadora no es válida (Tigo, Entel o Viva).' },
  },
  { field: 'operadora', input: 'Entel', expected: { accepted: 'Entel' } },
];
