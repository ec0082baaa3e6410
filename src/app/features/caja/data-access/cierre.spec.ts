import { Cents, parseWireMoney } from '../../../shared/money';
import { OperadoraNombre } from '../../recargas/data-access/operadora';
import { InyeccionOperadora, RecargaCliente } from '../../recargas/data-access/recargas.model';
import { cuadrar, discrepancias, resumirSesion } from './cierre';

const at = new Date('2026-11-25T15:00:00Z');
const recarga = (
  id: number,
  operadora: OperadoraNombre,
  monto: string,
  idSesion = 1,
): RecargaCliente => ({
  id,
  operadora,
  numeroCliente: '76543210',
  monto: parseWireMoney(monto),
  fechaHora: at,
  idSesion,
  idUsuario: 3,
});
const inyeccion = (
  id: number,
  operadora: OperadoraNombre,
  monto: string,
  idSesion = 1,
): InyeccionOperadora => ({
  id,
  operadora,
  monto: parseWireMoney(monto),
  fechaHora: at,
  idSesion,
  idUsuario: 3,
});

describe('cierre de caja', () => {
  it('adds the session operations per operator exactly to the cent', () => {
    const r = resumirSesion(
      1,
      [
        recarga(1, OperadoraNombre.Tigo, '0.10'),
        recarga(2, OperadoraNombre.Tigo, '0.20'),
        recarga(3, OperadoraNombre.Entel, '10.56'),
        recarga(4, OperadoraNombre.Tigo, '99.00', 2),
      ],
      [inyeccion(1, OperadoraNombre.Viva, '100.00')],
    );
    const tigo = r.porOperadora.find((o) => o.operadora === OperadoraNombre.Tigo);
    expect(tigo).toEqual({
      operadora: OperadoraNombre.Tigo,
      recargas: 2,
      montoRecargas: 30 as Cents,
      inyecciones: 0,
      montoInyecciones: 0 as Cents,
    });
    expect(r.recargas).toBe(3);
    expect(r.montoRecargas).toBe(1086 as Cents);
    expect(r.montoInyecciones).toBe(10000 as Cents);
    expect(r.neto).toBe(-8914 as Cents);
  });

  it('gives zeros for a session with no operations', () => {
    const r = resumirSesion(7, [recarga(1, OperadoraNombre.Tigo, '10.00')], []);
    expect(r.recargas).toBe(0);
    expect(r.neto).toBe(0 as Cents);
    expect(r.porOperadora.length).toBe(3);
  });

  it('handles a session with injections only: the till loses cash', () => {
    const r = resumirSesion(
      1,
      [],
      [inyeccion(1, OperadoraNombre.Tigo, '50.00'), inyeccion(2, OperadoraNombre.Tigo, '20.50')],
    );
    expect(r.porOperadora[0].inyecciones).toBe(2);
    expect(r.neto).toBe(-7050 as Cents);
    expect(cuadrar(50000 as Cents, r, 42950 as Cents)).toEqual({
      inicial: 50000 as Cents,
      ingresos: 0 as Cents,
      egresos: 7050 as Cents,
      otros: 0 as Cents,
      esperado: 42950 as Cents,
    });
  });

  it('shows other movements when the till balance differs from the session operations', () => {
    const r = resumirSesion(1, [recarga(1, OperadoraNombre.Tigo, '20.00')], []);
    const c = cuadrar(50000 as Cents, r, 53000 as Cents);
    expect(c.otros).toBe(1000 as Cents);
    expect(c.esperado).toBe(53000 as Cents);
    expect(cuadrar(50000 as Cents, r, null).esperado).toBe(52000 as Cents);
  });

  it('rounds the service float answers of a close to the cent', () => {
    expect(parseWireMoney(454.55999999999995)).toBe(45456 as Cents);
    expect(parseWireMoney(JSON.parse('5.684341886080802e-14') as number)).toBe(0 as Cents);
    expect(parseWireMoney(JSON.parse('-0.9999999999999432') as number)).toBe(-100 as Cents);
  });

  it('lists where the service and this device disagree, oldest first, for this session only', () => {
    const late = {
      ...recarga(12, OperadoraNombre.Tigo, '20.00'),
      fechaHora: new Date('2026-11-25T15:05:00Z'),
    };
    const mine = recarga(11, OperadoraNombre.Entel, '10.00');
    const gone = {
      ...inyeccion(3, OperadoraNombre.Viva, '100.00'),
      fechaHora: new Date('2026-11-25T14:00:00Z'),
    };
    const shared = recarga(10, OperadoraNombre.Tigo, '5.00');
    const servicio = {
      recargas: [shared, late, recarga(20, OperadoraNombre.Tigo, '9.00', 2)],
      inyecciones: [],
    };
    const equipo = { recargas: [shared, mine], inyecciones: [gone] };
    expect(discrepancias(1, servicio, equipo)).toEqual([
      {
        tipo: 'inyeccion',
        origen: 'equipo',
        id: 3,
        operadora: OperadoraNombre.Viva,
        numeroCliente: null,
        monto: 10000 as Cents,
        fechaHora: new Date('2026-11-25T14:00:00Z'),
      },
      {
        tipo: 'recarga',
        origen: 'equipo',
        id: 11,
        operadora: OperadoraNombre.Entel,
        numeroCliente: '76543210',
        monto: 1000 as Cents,
        fechaHora: at,
      },
      {
        tipo: 'recarga',
        origen: 'servicio',
        id: 12,
        operadora: OperadoraNombre.Tigo,
        numeroCliente: '76543210',
        monto: 2000 as Cents,
        fechaHora: new Date('2026-11-25T15:05:00Z'),
      },
    ]);
  });

  it('finds nothing to report when both sides hold the same rows', () => {
    const rows = {
      recargas: [recarga(1, OperadoraNombre.Tigo, '10.00')],
      inyecciones: [inyeccion(2, OperadoraNombre.Viva, '50.00')],
    };
    expect(discrepancias(1, rows, rows)).toEqual([]);
    expect(discrepancias(1, rows, { recargas: [], inyecciones: [] }).map((d) => d.id)).toEqual([
      1, 2,
    ]);
  });
});
