import { boliviaDayStart } from './history';
import { createSeedState } from './seed';

const at = (iso: string) => Date.parse(iso);

describe('mock seed', () => {
  it('starts Bolivian days at 04:00Z whatever the hour', () => {
    expect(boliviaDayStart(at('2026-11-25T03:59:59.999Z'))).toBe(at('2026-11-24T04:00:00Z'));
    expect(boliviaDayStart(at('2026-11-25T04:00:00Z'))).toBe(at('2026-11-25T04:00:00Z'));
    expect(boliviaDayStart(at('2026-11-26T02:00:00Z'))).toBe(at('2026-11-25T04:00:00Z'));
  });

  it('has rows today, up to minutes before the seed, on a session closed by the supervisor', () => {
    const now = at('2026-11-25T15:00:00Z'); // 11:00 in La Paz
    const state = createSeedState(now);
    const today = state.recargas.filter((r) => r.fecha >= at('2026-11-25T04:00:00Z'));
    expect(today.length).toBe(8);
    expect(today.every((r) => r.fecha <= at('2026-11-25T14:55:00Z'))).toBeTrue();
    const sesion = state.sesiones.find((s) => s.id === today[0].sesion);
    expect(sesion).toEqual(
      jasmine.objectContaining({
        idCaja: 2,
        idUsuario: 1,
        abierta: false,
        apertura: at('2026-11-25T11:00:00Z'),
        cierre: at('2026-11-25T14:55:00Z'),
      }),
    );
    const inyecciones = state.inyecciones.filter((i) => i.sesion === sesion?.id);
    expect(inyecciones.length).toBe(1);
    const ingresos = today.reduce((t, r) => t + r.monto, 0);
    expect(sesion?.teorico).toBe(30_000 + ingresos - inyecciones[0].monto);
  });

  it("keeps the cashier's open session empty, opened after the supervisor's, and the balances", () => {
    const state = createSeedState(at('2026-11-25T15:00:00Z'));
    const open = state.sesiones.filter((s) => s.abierta);
    expect(open.map((s) => [s.idCaja, s.idUsuario, s.montoInicial])).toEqual([[1, 3, 50_000]]);
    expect(open[0].apertura).toBe(at('2026-11-25T12:00:00Z'));
    expect(open[0].id).toBe(Math.max(...state.sesiones.map((s) => s.id)));
    expect([...state.recargas, ...state.inyecciones].some((r) => r.sesion === open[0].id)).toBe(
      false,
    );
    expect(state.operadoras.map((o) => `${o.nombre} ${o.saldo}`)).toEqual([
      'Tigo 150000',
      'Entel 80000',
      'Viva 30000',
    ]);
    expect(state.cajas.map((c) => `${c.nombre} ${c.saldo}`)).toEqual([
      'Caja 01 50000',
      'Caja 02 30000',
    ]);
  });

  it('still has today rows, none in the future, a minute after midnight', () => {
    const now = at('2026-11-25T04:01:00Z'); // 00:01 in La Paz
    const state = createSeedState(now);
    const today = state.recargas.filter((r) => r.fecha >= at('2026-11-25T04:00:00Z'));
    expect(today.length).toBe(8);
    expect([...state.recargas, ...state.inyecciones].every((r) => r.fecha <= now)).toBeTrue();
    expect(state.sesiones.every((s) => s.apertura <= now && (s.cierre ?? 0) <= now)).toBeTrue();
  });
});
