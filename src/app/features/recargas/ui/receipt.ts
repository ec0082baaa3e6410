import { BoDatePipe } from '../../../shared/bo-date';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BsPipe } from '../../../shared/money.pipe';
import { groupPhone } from '../../../shared/phone';
import { SHOP_NAME } from '../../../shared/shop';
import type { ReceiptData } from '../data-access/receipts';

export type { ReceiptData };

/** The printed receipt of a top-up (only visible when printing; see the print stylesheet). */
@Component({
  selector: 'app-receipt',
  imports: [BsPipe, BoDatePipe],
  template: `
    @let r = data().recarga;
    <article class="receipt" aria-label="Comprobante de recarga">
      <h2>{{ shop }} · Recargas</h2>
      @if (data().reprint) {
        <p class="reprint">REIMPRESIÓN</p>
      }
      <p>{{ r.fechaHora | boDate: 'fecha-hora-seg' }}</p>
      <dl>
        <dt>Operadora</dt>
        <dd>{{ r.operadora }}</dd>
        <dt>Número</dt>
        <dd>{{ phone(r.numeroCliente) }}</dd>
        <dt>Monto</dt>
        <dd class="monto">{{ r.monto | bs }}</dd>
        <dt>Caja</dt>
        <dd>{{ data().cajaNombre }} · sesión {{ r.idSesion }}</dd>
        <dt>Cajero</dt>
        <dd>{{ data().cajero }}</dd>
        <dt>Transacción</dt>
        <dd>#{{ r.id }}</dd>
      </dl>
      <p class="thanks">Gracias por su compra</p>
    </article>
  `,
  styles: `
    .receipt {
      width: 72mm;
      font-family: 'Courier New', monospace;
      font-size: 12px;
      color: #000;
    }
    h2 {
      font-size: 14px;
      margin: 0 0 4px;
    }
    .reprint {
      font-weight: bold;
      font-size: 14px;
      border: 1px solid #000;
      text-align: center;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 2px 8px;
    }
    dd {
      margin: 0;
      text-align: right;
    }
    .monto {
      font-weight: bold;
      font-size: 14px;
    }
    .thanks {
      text-align: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Receipt {
  readonly data = input.required<ReceiptData>();
  protected readonly shop = SHOP_NAME;
  protected readonly phone = groupPhone;
}
