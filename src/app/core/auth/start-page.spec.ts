import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PartialMatchRouteSnapshot, Router, UrlTree, provideRouter } from '@angular/router';
import { CallState } from '../../core/http/call-state';
import { ApiError } from '../http/api-error';
import { SesionCaja } from '../session/caja.model';
import { SesionCajaStore } from '../session/sesion-caja.store';
import { AuthUser } from './auth.model';
import { AuthService } from './auth.service';
import { navLinks, startPageRedirect, startPath } from './start-page';

describe('start page', () => {
  it('sends the cashier to the counter, or to the till when none is open; the supervisor to the day', () => {
    expect(startPath('cajero', 'open')).toBe('/recargas');
    expect(startPath('cajero', 'unknown')).toBe('/recargas');
    expect(startPath('cajero', 'none')).toBe('/caja');
    expect(startPath('supervisor', 'none')).toBe('/recargas/resumen');
    expect(startPath('supervisor', 'open')).toBe('/recargas/resumen');
  });

  it("orders the same links by the role's work", () => {
    expect(navLinks('cajero').map((l) => l.label)).toEqual([
      'Recargas',
      'Inyección',
      'Caja',
      'Historial de recargas',
      'Historial de inyecciones',
      'Resumen',
    ]);
    expect(navLinks('supervisor').map((l) => `${l.label} ${l.path}`)).toEqual([
      'Resumen /recargas/resumen',
      'Historial de recargas /recargas/historial/clientes',
      'Historial de inyecciones /recargas/historial/inyecciones',
      'Inyección /recargas/inyeccion',
      'Recargas /recargas',
      'Caja /caja',
    ]);
  });

  describe('the empty path', () => {
    const user = signal<AuthUser | null>(null);
    const sesion = signal<SesionCaja | null | undefined>(undefined);
    const state = signal<CallState>('loading');

    beforeEach(() => {
      user.set(null);
      sesion.set(undefined);
      state.set('loading');
      TestBed.configureTestingModule({
        providers: [
          provideRouter([]),
          { provide: AuthService, useValue: { user } },
          {
            provide: SesionCajaStore,
            useValue: {
              sesion,
              state,
              hasOpenSession: computed(() => sesion()?.estado === 'ABIERTA'),
            },
          },
        ],
      });
    });

    function redirect(): Promise<string> {
      const result = TestBed.runInInjectionContext(() =>
        startPageRedirect({} as PartialMatchRouteSnapshot),
      );
      return Promise.resolve(result).then((r) =>
        typeof r === 'string' ? r : TestBed.inject(Router).serializeUrl(r as UrlTree),
      );
    }

    it('goes to /login when nobody is signed in', async () => {
      expect(await redirect()).toBe('/login');
    });

    it('takes the supervisor to the day at a glance without waiting for the till', async () => {
      user.set({ id: 1, name: 'Sergio', role: 'supervisor' });
      expect(await redirect()).toBe('/recargas/resumen');
    });

    it("waits for the cashier's till: none open means /caja", async () => {
      user.set({ id: 3, name: 'Carla', role: 'cajero' });
      const answer = redirect();
      let settled: string | null = null;
      void answer.then((r) => (settled = r));
      TestBed.tick();
      await Promise.resolve();
      expect(settled).toBeNull();
      sesion.set(null);
      state.set('loaded');
      TestBed.tick();
      expect(await answer).toBe('/caja');
    });

    it('takes the cashier with an open till to the counter', async () => {
      user.set({ id: 3, name: 'Carla', role: 'cajero' });
      sesion.set({ id: 31, estado: 'ABIERTA' } as SesionCaja);
      state.set('loaded');
      const answer = redirect();
      TestBed.tick();
      expect(await answer).toBe('/recargas');
    });

    it('takes the cashier to the counter when the till cannot be read', async () => {
      user.set({ id: 3, name: 'Carla', role: 'cajero' });
      const answer = redirect();
      state.set({ error: new ApiError(0, ['Sin conexión con el servidor.']) });
      TestBed.tick();
      expect(await answer).toBe('/recargas');
    });
  });
});
