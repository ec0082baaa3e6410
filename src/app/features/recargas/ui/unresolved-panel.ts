import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { formatBoDate } from '../../../shared/bo-date';
import { BsPipe } from '../../../shared/money.pipe';
import { groupPhone } from '../../../shared/phone';
import { LedgerOp } from '../data-access/ledger/ledger.model';

/**
 * Operations the cashier must keep in mind: those of unknown outcome (no money back or in
 * until checked) and those judged "not applied" that the service may still commit.
 */
@Component({
  selector: 'app-unresolved-panel',
  imports: [BsPipe],
  template: `
    @for (u of unresolved(); track u.key) {
      <div class="unknown" role="alert">
        <h3>Estado desconocido</h3>
        <p>
          No sabemos si {{ what(u) }} por {{ u.monto | bs }} se aplicó: el servidor no respondió y
          todavía no se pudo confirmar en el historial.
          <strong>No devuelvas ni cobres dinero todavía.</strong>
        </p>
        <button
          class="btn btn-flat"
          type="button"
          [disabled]="checking() !== null || !canCheck()"
          (click)="recheck.emit(u)"
        >
          {{ checking() === u.key ? 'Comprobando…' : 'Comprobar de nuevo' }}
        </button>
      </div>
    }
    @for (w of watched(); track w.key) {
      <p class="watch">
        {{ what(w) }} por {{ w.monto | bs }} se dio por no aplicada; verificando hasta las
        {{ hora(w.watchUntil) }} por si el servidor la registra tarde.
      </p>
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
    .watch {
      background: var(--mat-sys-surface-container-high);
      border-radius: 8px;
      padding: 8px 12px;
      font-size: 14px;
    }
    .watch::first-letter {
      text-transform: uppercase;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnresolvedPanel {
  readonly unresolved = input.required<readonly LedgerOp[]>();
  readonly watched = input<readonly LedgerOp[]>([]);
  /** The key of the operation being checked, if any. */
  readonly checking = input<string | null>(null);
  /**
   * False in a tab that does not sell (the selling one may still be sending the operation; its
   * alert says so) and offline (the banner says so).
   */
  readonly canCheck = input(true);
  readonly recheck = output<LedgerOp>();

  protected what(u: LedgerOp): string {
    return u.tipo === 'recarga'
      ? `la recarga de ${u.operadora} a ${groupPhone(u.numero)}`
      : `la inyección a ${u.operadora}`;
  }

  protected hora(at: number | null): string {
    return at === null ? '' : formatBoDate(new Date(at), 'hora');
  }
}
