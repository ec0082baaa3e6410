import { Injectable, inject, signal } from '@angular/core';
import { AuthService } from '../../../core/auth/auth.service';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { LedgerOp, recargaOf } from './ledger/ledger.model';
import { PrintService } from './print.service';
import { RecargaCliente } from './recargas.model';

export interface ReceiptData {
  recarga: RecargaCliente;
  cajaNombre: string;
  cajero: string;
  reprint: boolean;
}

/** The receipt to print: the first print of a sale is the original, any later one a reprint. */
@Injectable({ providedIn: 'root' })
export class Receipts {
  private readonly auth = inject(AuthService);
  private readonly sesionCaja = inject(SesionCajaStore);
  private readonly printer = inject(PrintService);
  private readonly printed = new Set<number>();
  private readonly current = signal<ReceiptData | null>(null);

  /** The receipt in the print area. */
  readonly receipt = this.current.asReadonly();

  /** The receipt of a ledger operation (a late commit's), when it is an applied top-up. */
  printOp(op: LedgerOp): void {
    const recarga = recargaOf(op);
    if (recarga) this.print(recarga);
  }

  /** The recent list's "Reimprimir" is always a reprint. */
  print(recarga: RecargaCliente, reprint = false): void {
    this.current.set({
      recarga,
      reprint: reprint || this.printed.has(recarga.id),
      cajaNombre: this.sesionCaja.cajaNombre() ?? '',
      cajero: this.auth.user()?.name ?? '',
    });
    this.printed.add(recarga.id);
    this.printer.print();
  }
}
