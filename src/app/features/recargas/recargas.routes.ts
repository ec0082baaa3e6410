import { Routes } from '@angular/router';
import { pendingOperationGuard } from './data-access/pending.guard';
import type { HistorialRouteData } from './pages/historial-page';

export default [
  {
    path: '',
    title: 'Recargas · Kantuta Recargas',
    loadComponent: () => import('./pages/topup-page'),
    canDeactivate: [pendingOperationGuard],
  },
  {
    path: 'inyeccion',
    title: 'Inyección · Kantuta Recargas',
    loadComponent: () => import('./pages/inyeccion-page'),
    canDeactivate: [pendingOperationGuard],
  },
  {
    path: 'historial/clientes',
    title: 'Historial de recargas · Kantuta Recargas',
    loadComponent: () => import('./pages/historial-page'),
    data: { kind: 'recargas' } satisfies HistorialRouteData,
  },
  {
    path: 'historial/inyecciones',
    title: 'Historial de inyecciones · Kantuta Recargas',
    loadComponent: () => import('./pages/historial-page'),
    data: { kind: 'inyecciones' } satisfies HistorialRouteData,
  },
  {
    path: 'resumen',
    title: 'Resumen del día · Kantuta Recargas',
    loadComponent: () => import('./pages/resumen-page'),
  },
] satisfies Routes;
