import { EnvironmentInjector, effect, inject } from '@angular/core';
import { RedirectFunction, Router, UrlTree } from '@angular/router';
import { errorOf } from '../../core/http/call-state';
import { SesionCajaStore } from '../session/sesion-caja.store';
import { Role } from './auth.model';
import { AuthService } from './auth.service';

/** What is known of the user's till: `unknown` while it loads or when it could not be read. */
export type TillState = 'open' | 'none' | 'unknown';

/**
 * Where each role's work is: the cashier sells (or first opens a till), the supervisor starts
 * from the day at a glance. Only a landing: every route stays open to both roles.
 */
export function startPath(role: Role, till: TillState): string {
  if (role === 'supervisor') return '/recargas/resumen';
  return till === 'none' ? '/caja' : '/recargas';
}

export interface NavLink {
  path: string;
  label: string;
  /** Active only on this exact path (`/recargas` is also the prefix of the other pages). */
  exact: boolean;
}

const link = (path: string, label: string, exact = true): NavLink => ({ path, label, exact });
const RECARGAS = link('/recargas', 'Recargas');
const INYECCION = link('/recargas/inyeccion', 'Inyección');
const CAJA = link('/caja', 'Caja');
const HISTORIAL_RECARGAS = link('/recargas/historial/clientes', 'Historial de recargas', false);
const HISTORIAL_INYECCIONES = link(
  '/recargas/historial/inyecciones',
  'Historial de inyecciones',
  false,
);
const RESUMEN = link('/recargas/resumen', 'Resumen');

/** The same links for both roles, each role's own work first. */
export function navLinks(role: Role): readonly NavLink[] {
  return role === 'supervisor'
    ? [RESUMEN, HISTORIAL_RECARGAS, HISTORIAL_INYECCIONES, INYECCION, RECARGAS, CAJA]
    : [RECARGAS, INYECCION, CAJA, HISTORIAL_RECARGAS, HISTORIAL_INYECCIONES, RESUMEN];
}

export function tillState(sesionCaja: SesionCajaStore): TillState {
  const sesion = sesionCaja.sesion();
  if (sesion === undefined) return 'unknown';
  return sesionCaja.hasOpenSession() ? 'open' : 'none';
}

/**
 * The empty path: the signed-in user's start page, after the till is known (a cashier without
 * one goes to `/caja`). A read error sends a cashier to the counter, which says what is wrong.
 */
export const startPageRedirect: RedirectFunction = () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = auth.user();
  if (!user) return router.createUrlTree(['/login']);
  if (user.role === 'supervisor') return startPath('supervisor', 'unknown');
  const sesionCaja = inject(SesionCajaStore);
  const injector = inject(EnvironmentInjector);
  return new Promise<string | UrlTree>((resolve) => {
    const watcher = effect(
      () => {
        const known = tillState(sesionCaja);
        const failed = errorOf(sesionCaja.state()) !== null;
        if (known === 'unknown' && !failed) return;
        resolve(startPath('cajero', known));
        // Destroyed after this run returns: one answer per navigation, no effect left behind.
        queueMicrotask(() => watcher.destroy());
      },
      { injector },
    );
  });
};
