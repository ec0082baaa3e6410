import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { BsPipe } from '../../../shared/money.pipe';
import { groupPhone } from '../../../shared/phone';
import { UnresolvedOperation } from '../data-access/operaciones.store';

/** Operations whose outcome is unknown: the cashier must not hand back or collect money yet. */
@Component({
  selector: 'app-unresolved-panel',
  imports: [MatButton, BsPipe],
  template: `
    @for (u of unresolved(); track u.submittedAt) {
      <div class="unknown" role="alert">
        <h3>Estado desconocido</h3>
        <p>
          No sabemos si {{ what(u) }} por {{ u.nueva.monto | bs }} se aplicó: el servidor no
          respondió y el historial no permite confirmarlo.
          <strong>No devuelvas ni cobres dinero todavía.</strong>
        </p>
        <button mat-flat-button type="button" [disabled]="checking()" (click)="recheck.emit(u)">
          Comprobar de nuevo
        </button>
      </div>
    }
  `,
  styles: `
    .unknown {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-radius: 8px;
      padding: 8px 12px;
      margin-top: 12px;
    }
    h3 {
      margin: 4px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnresolvedPanel {
  readonly unresolved = input.required<readonly UnresolvedOperation[]>();
  readonly checking = input(false);
  readonly recheck = output<UnresolvedOperation>();
  protected what(u: UnresolvedOperation): string {
    return u.tipo === 'recarga'
      ? `la recarga de ${u.nueva.operadora} a ${groupPhone(u.nueva.numeroCliente)}`
      : `la inyección a ${u.nueva.operadora}`;
  }
}
