import { Cents } from '../../../shared/money';
import { OperadoraNombre } from './operadora';
import { CLOCK_SKEW_MS, PendingOperation, findInyeccion, findRecarga } from './reconcile';
import { InyeccionOperadora, NuevaRecarga, RecargaCliente } from './recargas.model';

const submittedAt = new Date('2026-11-25T15:00:00Z');
const nueva: NuevaRecarga = {
  operadora: OperadoraNombre.Tigo,
  numeroCliente: '76543210',
  monto: 2000 as Cents,
  idSesion: 1,
};
const row = (over: Partial<RecargaCliente>): RecargaCliente => ({
  id: 10,
  operadora: OperadoraNombre.Tigo,
  numeroCliente: '76543210',
  monto: 2000 as Cents,
  fechaHora: new Date(submittedAt.getTime() + 500),
  idSesion: 1,
  idUsuario: 3,
  ...over,
});

describe('reconcile a lost answer with the history', () => {
  const pending: PendingOperation<NuevaRecarga> = { nueva, submittedAt, knownIds: new Set([7]) };

  it('finds the top-up created after the submit', () => {
    expect(findRecarga([row({ id: 12 })], pending)?.id).toBe(12);
  });

  it('ignores rows that differ in session, operator, number or amount', () => {
    const rows = [
      row({ idSesion: 2 }),
      row({ operadora: OperadoraNombre.Entel }),
      row({ numeroCliente: '76543211' }),
      row({ monto: 2001 as Cents }),
    ];
    expect(findRecarga(rows, pending)).toBeNull();
  });

  it('does not take an identical top-up already known before the submit', () => {
    expect(findRecarga([row({ id: 7 })], pending)).toBeNull();
  });

  it('does not take an identical top-up older than the submit (beyond clock skew)', () => {
    const old = row({ id: 9, fechaHora: new Date(submittedAt.getTime() - CLOCK_SKEW_MS - 1) });
    expect(findRecarga([old], pending)).toBeNull();
    const skewed = row({
      id: 11,
      fechaHora: new Date(submittedAt.getTime() - CLOCK_SKEW_MS + 1000),
    });
    expect(findRecarga([skewed], pending)?.id).toBe(11);
  });

  it('takes the oldest of several matches (one intent, one row)', () => {
    expect(findRecarga([row({ id: 15 }), row({ id: 13 })], pending)?.id).toBe(13);
  });

  it('finds a lost injection the same way', () => {
    const iny: InyeccionOperadora = {
      id: 4,
      operadora: OperadoraNombre.Viva,
      monto: 10000 as Cents,
      fechaHora: submittedAt,
      idSesion: 1,
      idUsuario: 3,
    };
    const p = {
      nueva: { operadora: OperadoraNombre.Viva, monto: 10000 as Cents, idSesion: 1 },
      submittedAt,
      knownIds: new Set<number>(),
    };
    expect(findInyeccion([iny], p)?.id).toBe(4);
    expect(findInyeccion([{ ...iny, monto: 100 as Cents }], p)).toBeNull();
  });
});
