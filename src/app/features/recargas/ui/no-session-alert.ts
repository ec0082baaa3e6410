import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-no-session-alert',
  imports: [RouterLink],
  template: `
    <div role="alert" class="alert">
      No tienes una caja abierta: abre una para vender o inyectar saldo.
      <a routerLink="/caja">Abrir caja</a>
    </div>
  `,
  styles: `
    .alert {
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      margin-bottom: 16px;
    }
    a {
      color: inherit;
      font-weight: 500;
      margin-left: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoSessionAlert {}
