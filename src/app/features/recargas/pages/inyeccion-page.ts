import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-inyeccion-page',
  template: '<h1>Inyección</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class InyeccionPage {}
