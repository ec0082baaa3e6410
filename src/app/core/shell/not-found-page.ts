import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found-page',
  imports: [MatAnchor, RouterLink],
  template: `
    <h1>Página no encontrada</h1>
    <p>La dirección no corresponde a ninguna pantalla de Kantuta Recargas.</p>
    <a mat-flat-button routerLink="/recargas">Volver a Recargas</a>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NotFoundPage {}
