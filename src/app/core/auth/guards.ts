import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';
import { SignOut } from './sign-out';

/** Signed-out users go to /login and come back to the page they asked for. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  return auth.isSignedIn()
    ? true
    : inject(Router).createUrlTree(['/login'], { queryParams: { volver: state.url } });
};

/** A signed-in user asking for /login goes to the start page of the role (the empty path). */
export const signedOutGuard: CanActivateFn = () =>
  // `Cerrar sesión` leaves the page for /login first and signs out only once it has left.
  inject(AuthService).isSignedIn() && !inject(SignOut).leaving
    ? inject(Router).createUrlTree(['/'])
    : true;
