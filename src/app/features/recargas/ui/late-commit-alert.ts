import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { formatBoDate } from '../../../shared/bo-date';
import { BsPipe } from '../../../shared/money.pipe';
import { groupPhone } from '../../../shared/phone';
import { LedgerOp } from '../data-access/ledger/ledger.model';

/**
 * An operation the cashier was told had not been applied, which the service committed later.
 * It stays until the cashier acknowledges it: money must be collected (or the customer told).
 */
@Component({
  selector: 'app-late-commit-alert',
  imports: [BsPipe],
  template: `
    @for (op of ops(); track op.key) {
      <div class="late" role="alert">
        <h3>
          {{ op.tipo === 'recarga' ? 'La recarga SÍ se aplicó' : 'La inyección SÍ se aplicó' }}
        </h3>
        <p>
          @if (op.tipo === 'recarga') {
            {{ op.operadora }} {{ phone(op.numero) }} por {{ op.monto | bs }}
          } @else {
            {{ op.operadora }} por {{ op.monto | bs }}
          }
          (transacción #{{ op.rowId }}, registrada a las {{ hora(op.rowAt) }}), aunque antes se
          informó que no se aplicó.
          @if (op.tipo === 'recarga') {
            <strong>Cobra la recarga al cliente</strong> o, si se recargó de nuevo, avisa al
            supervisor.
          }
        </p>
        @if (op.tipo === 'recarga') {
          <button class="btn" type="button" (click)="print.emit(op)">Imprimir comprobante</button>
        }
        <button class="btn btn-flat" type="button" (click)="acknowledge.emit(op)">Entendido</button>
      </div>
    }
  `,
  styles: `
    .late {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      border-radius: 8px;
      padding: 8px 12px;
      margin: 12px 0;
    }
    h3 {
      margin: 4px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LateCommitAlert {
  readonly ops = input.required<readonly LedgerOp[]>();
  readonly print = output<LedgerOp>();
  readonly acknowledge = output<LedgerOp>();
  protected readonly phone = groupPhone;

  protected hora(at: number | null): string {
    return at === null ? '' : formatBoDate(new Date(at), 'hora');
  }
}
