import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { AuthService } from '../auth/auth.service';
import { toApiError } from '../http/api-error';
import { Cents, ZERO, parseTypedAmount } from '../../shared/money';
import { BsPipe } from '../../shared/money.pipe';
import { amountValidator, firstError } from '../../shared/validators';
import { SesionCaja } from './caja.model';
import { CerrarCajaData, CerrarCajaDialog } from './cerrar-caja-dialog';
import { SesionCajaStore } from './sesion-caja.store';

/** The cashier session: open one, see it, close it with the counted cash. */
@Component({
  selector: 'app-caja-page',
  imports: [
    ReactiveFormsModule,
    DatePipe,
    BsPipe,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    MatSelect,
    MatOption,
  ],
  templateUrl: './caja-page.html',
  styleUrl: './caja-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CajaPage {
  private readonly dialog = inject(MatDialog);
  protected readonly store = inject(SesionCajaStore);
  protected readonly auth = inject(AuthService);
  protected readonly pending = signal(false);
  protected readonly errors = signal<string[]>([]);
  /** The session this page just closed, with the service's expected amount and difference. */
  protected readonly cerrada = signal<SesionCaja | null>(null);
  protected readonly cajasLibres = computed(() => this.store.cajas());

  protected readonly openForm = inject(NonNullableFormBuilder).group({
    idCaja: [null as number | null, Validators.required],
    montoInicial: ['', amountValidator(ZERO)],
  });

  constructor() {
    if (!this.auth.isSupervisor()) this.openForm.controls.montoInicial.disable();
  }

  protected montoError(): string | null {
    return firstError(this.openForm.controls.montoInicial);
  }

  protected abrir(): void {
    if (this.pending()) return;
    const { idCaja, montoInicial } = this.openForm.getRawValue();
    const monto =
      this.auth.isSupervisor() && montoInicial.trim() !== ''
        ? parseTypedAmount(montoInicial)
        : undefined;
    if (
      idCaja === null ||
      (this.auth.isSupervisor() && montoInicial.trim() !== '' && this.openForm.invalid) ||
      monto === null
    ) {
      this.openForm.markAllAsTouched();
      this.errors.set(idCaja === null ? ['Elige la caja.'] : []);
      return;
    }
    this.pending.set(true);
    this.errors.set([]);
    this.cerrada.set(null);
    this.store.abrir(idCaja, monto).subscribe({
      next: () => this.pending.set(false),
      error: (e: unknown) => {
        this.pending.set(false);
        this.errors.set([...toApiError(e).messages]);
      },
    });
  }

  protected cerrar(): void {
    const sesion = this.store.sesion();
    if (!sesion || this.pending() || this.dialog.openDialogs.length) return;
    this.store.refreshTillCash();
    this.dialog
      .open<CerrarCajaDialog, CerrarCajaData, Cents | null>(CerrarCajaDialog, {
        data: { montoInicial: sesion.montoInicial, esperado: this.store.tillCash() },
        width: '420px',
      })
      .afterClosed()
      .subscribe((contado) => {
        if (contado === null || contado === undefined) return;
        this.pending.set(true);
        this.store.cerrar(contado).subscribe({
          next: (closed) => {
            this.pending.set(false);
            this.cerrada.set(closed);
          },
          error: (e: unknown) => {
            this.pending.set(false);
            this.errors.set([...toApiError(e).messages]);
          },
        });
      });
  }

  protected imprimir(): void {
    window.print();
  }
}
