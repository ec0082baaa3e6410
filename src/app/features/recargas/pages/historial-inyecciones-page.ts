import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-historial-inyecciones-page',
  template: '<h1>Historial de inyecciones</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class HistorialInyeccionesPage {}
