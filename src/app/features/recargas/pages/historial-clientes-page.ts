import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-historial-clientes-page',
  template: '<h1>Historial de recargas</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class HistorialClientesPage {}
