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
    expect(inyecciones.length).toBeGreaterThanOrEqual(1);
    const ingresos = today.reduce((t, r) => t + r.monto, 0);
    const egresos = inyecciones.reduce((t, i) => t + i.monto, 0);
    expect(sesion?.teorico).toBe(30_000 + ingresos - egresos);
    // Caja 02 holds what that session left, as the service's till would.
    expect(state.cajas.find((c) => c.id === 2)?.saldo).toBe(sesion!.teorico!);
  });

  it("opens each session of a till with the cash the previous one left (the service's till keeps the theoretical amount)", () => {
    const state = createSeedState(at('2026-11-25T15:00:00Z'));
    for (const caja of state.cajas) {
      const sesiones = state.sesiones
        .filter((s) => s.idCaja === caja.id)
        .sort((a, b) => a.apertura - b.apertura);
      expect(sesiones.length).toBeGreaterThan(1);
      for (let k = 1; k < sesiones.length; k++)
        expect(sesiones[k].montoInicial)
          .withContext(`session ${sesiones[k].id}`)
          .toBe(sesiones[k - 1].teorico!);
      const last = sesiones[sesiones.length - 1];
      expect(caja.saldo).toBe(last.abierta ? last.montoInicial : last.teorico!);
    }
    // Every closed session's figures agree with its rows, and no drawer ever went negative.
    for (const s of state.sesiones.filter((x) => !x.abierta)) {
      const rows = [
        ...state.recargas.filter((r) => r.sesion === s.id).map((r) => ({ f: r.fecha, d: r.monto })),
        ...state.inyecciones
          .filter((i) => i.sesion === s.id)
          .map((i) => ({ f: i.fecha, d: -i.monto })),
      ].sort((a, b) => a.f - b.f);
      let cash = s.montoInicial;
      for (const r of rows) {
        cash += r.d;
        expect(cash).withContext(`session ${s.id}`).toBeGreaterThanOrEqual(0);
      }
      expect(cash).withContext(`session ${s.id}`).toBe(s.teorico!);
    }
    // What the service would take: an injection of at least Bs 1.
    expect(state.inyecciones.filter((i) => i.monto < 100)).toEqual([]);
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
