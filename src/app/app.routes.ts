import { Routes } from '@angular/router';
import { signedInGuard, signedOutGuard } from './core/auth/guards';
import { startPageRedirect } from './core/auth/start-page';
import { Shell } from './core/shell/shell';

export const routes: Routes = [
  {
    path: 'login',
    canActivate: [signedOutGuard],
    title: 'Ingresar · Kantuta Recargas',
    loadComponent: () => import('./core/shell/login-page'),
  },
  {
    path: '',
    component: Shell,
    canActivate: [signedInGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: startPageRedirect },
      {
        path: 'caja',
        title: 'Caja · Kantuta Recargas',
        loadComponent: () => import('./features/caja/pages/caja-page'),
      },
      {
        path: 'caja/cierre/:id',
        title: 'Cierre de caja · Kantuta Recargas',
        loadComponent: () => import('./features/caja/pages/cierre-page'),
      },
      { path: 'recargas', loadChildren: () => import('./features/recargas/recargas.routes') },
      {
        path: '**',
        title: 'Página no encontrada · Kantuta Recargas',
        loadComponent: () => import('./core/shell/not-found-page'),
      },
    ],
  },
];
