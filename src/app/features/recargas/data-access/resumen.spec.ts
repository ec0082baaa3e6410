import { SesionCaja } from '../../../core/session/caja.model';
import { Cents } from '../../../shared/money';
import { boliviaDay } from './history-filter';
import { HistoryRecord } from './history-index';
import { OperadoraNombre } from './operadora';
import { resumenDia } from './resumen';

/** 2026-11-25 at hh:mm in Bolivia (UTC-4). */
const bo = (hh: number, mm = 0, dd = 25) => new Date(Date.UTC(2026, 10, dd, hh + 4, mm));
const DAY = boliviaDay(bo(12).getTime());
let nextId = 1;
const row = (
  at: Date,
  operadora: OperadoraNombre,
  cents: number,
  idUsuario: number | null = 3,
): HistoryRecord => ({
  id: nextId++,
  operadora,
  monto: cents as Cents,
  fechaHora: at,
  idSesion: 1,
  idUsuario,
});
const sesion = (
  id: number,
  idUsuario: number,
  apertura: Date,
  cierre: Date | null,
): SesionCaja => ({
  id,
  idCaja: 1,
  idUsuario,
  montoInicial: 50000 as Cents,
  montoFinalTeorico: null,
  montoFinalReal: null,
  diferencia: null,
  estado: cierre ? 'CERRADA' : 'ABIERTA',
  fechaApertura: apertura,
  fechaCierre: cierre,
  caja: null,
});
const { Tigo, Entel, Viva } = OperadoraNombre;

describe('resumenDia', () => {
  const recargas = [
    row(bo(23, 59, 24), Tigo, 99900),
    row(bo(0, 0), Tigo, 10),
    row(bo(9, 15), Tigo, 20),
    row(bo(9, 40), Entel, 3333),
    row(bo(10, 5), Entel, 3333, 1),
    row(bo(10, 6), Entel, 3334, 1),
    row(bo(23, 59), Viva, 1550, null),
    row(bo(0, 0, 26), Viva, 77700),
  ];
  const inyecciones = [
    row(bo(8), Tigo, 50000),
    row(bo(14), Tigo, 12345),
    row(bo(7, 0, 24), Viva, 1),
  ];

  it('sums the Bolivian day per operator to the cent, injections apart', () => {
    const r = resumenDia(recargas, inyecciones, [], DAY);
    expect(r.porOperadora).toEqual([
      {
        operadora: Tigo,
        recargas: { count: 2, cents: 30 as Cents },
        inyecciones: { count: 2, cents: 62345 as Cents },
      },
      {
        operadora: Entel,
        recargas: { count: 3, cents: 10000 as Cents },
        inyecciones: { count: 0, cents: 0 as Cents },
      },
      {
        operadora: Viva,
        recargas: { count: 1, cents: 1550 as Cents },
        inyecciones: { count: 0, cents: 0 as Cents },
      },
    ]);
    expect(r.total).toEqual({
      recargas: { count: 6, cents: 11580 as Cents },
      inyecciones: { count: 2, cents: 62345 as Cents },
    });
  });

  it('sums per cashier, most sold first, and lists the sessions open that day', () => {
    const sesiones = [
      sesion(1, 3, bo(18, 0, 24), bo(8, 30)),
      sesion(2, 3, bo(9), null),
      sesion(3, 1, bo(9, 0, 24), bo(17, 0, 24)),
      sesion(4, 1, bo(10), bo(12)),
    ];
    const r = resumenDia(recargas, inyecciones, sesiones, DAY);
    expect(r.porCajero.map((c) => [c.idUsuario, c.recargas.count, c.recargas.cents])).toEqual([
      [1, 2, 6667],
      [3, 3, 3363],
      [null, 1, 1550],
    ]);
    expect(r.porCajero.map((c) => c.sesiones.map((s) => s.id))).toEqual([[4], [1, 2], []]);
  });

  it('draws the day per hour and operator, 08:00 to 20:00 at least', () => {
    const chart = resumenDia(recargas, [], [], DAY).porHora;
    expect(chart?.buckets.map((b) => b.from)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
    ]);
    expect(chart?.buckets[9].cents).toEqual([20, 3333, 0]);
    expect(chart?.buckets[10].total).toBe(6667);
    expect(chart?.max).toBe(6667);
    const short = resumenDia([row(bo(11, 30), Viva, 500)], [], [], DAY).porHora;
    expect(short?.buckets.map((b) => b.from)).toEqual([
      8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ]);
    expect(resumenDia([], [], [], DAY).porHora).toBeNull();
  });
});
