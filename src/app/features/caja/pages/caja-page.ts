import { BoDatePipe } from '../../../shared/bo-date';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { finalize } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { toApiError } from '../../../core/http/api-error';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { ZERO, parseTypedAmount } from '../../../shared/money';
import { ErrorAlert } from '../../../shared/error-alert';
import { BsPipe } from '../../../shared/money.pipe';
import { amountValidator, firstError } from '../../../shared/validators';
import { LedgerStore } from '../../recargas/data-access/ledger/ledger.store';
import { StaleAmount } from '../../../shared/stale-amount';
import { resumirSesion } from '../data-access/cierre';
import { CierreData, CierreReport } from '../ui/cierre-report';
import { injectCloseTill } from './close-till';

/** The cashier session: open one, see it, close it with the numbers in front of you. */
@Component({
  selector: 'app-caja-page',
  imports: [
    ...[ErrorAlert, ReactiveFormsModule, BoDatePipe, BsPipe, MatButton, MatFormField],
    ...[MatLabel, MatInput, MatError, MatSelect, MatOption, CierreReport, StaleAmount],
  ],
  templateUrl: './caja-page.html',
  styleUrl: './caja-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CajaPage {
  private readonly dialog = inject(MatDialog);
  private readonly closeTill = injectCloseTill();
  private readonly ledger = inject(LedgerStore);
  protected readonly store = inject(SesionCajaStore);
  protected readonly auth = inject(AuthService);
  protected readonly pending = signal(false);
  protected readonly errors = signal<string[]>([]);
  /** The report of the session this page just closed, with the service's own figures. */
  protected readonly cierre = signal<CierreData | null>(null);

  /** This device's operations of the open session (the ledger): no history download. */
  protected readonly resumen = computed(() => {
    const s = this.store.sesion();
    return s ? resumirSesion(s.id, this.ledger.recargas(), this.ledger.inyecciones()) : null;
  });

  protected readonly openForm = inject(NonNullableFormBuilder).group({
    idCaja: [null as number | null, Validators.required],
    montoInicial: ['', amountValidator(ZERO)],
  });

  constructor() {
    this.store.refreshTillCash();
    this.store.watchCajas(inject(DestroyRef));
    if (!this.auth.isSupervisor()) this.openForm.controls.montoInicial.disable();
  }

  protected montoError(): string | null {
    return firstError(this.openForm.controls.montoInicial);
  }

  protected abrir(): void {
    if (this.pending()) return;
    const { idCaja, montoInicial } = this.openForm.getRawValue();
    const typed = this.auth.isSupervisor() && montoInicial.trim() !== '';
    const monto = typed ? parseTypedAmount(montoInicial) : undefined;
    if (idCaja === null || (typed && (this.openForm.invalid || monto === null))) {
      this.openForm.markAllAsTouched();
      this.errors.set(idCaja === null ? ['Elige la caja.'] : []);
      return;
    }
    this.pending.set(true);
    this.errors.set([]);
    this.cierre.set(null);
    this.store.abrir(idCaja, monto ?? undefined).subscribe({
      next: () => this.pending.set(false),
      error: (e: unknown) => {
        this.pending.set(false);
        this.errors.set([...toApiError(e).messages]);
      },
    });
  }

  /** The close reads the service's rows of the session now, and counts only those. */
  protected cerrar(): void {
    const sesion = this.store.sesion();
    if (!sesion || this.pending() || this.dialog.openDialogs.length) return;
    this.errors.set([]);
    this.pending.set(true);
    this.closeTill(sesion)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (cierre) => this.cierre.set(cierre),
        error: (e: unknown) => this.errors.set([...toApiError(e).messages]),
      });
  }

  protected imprimir(): void {
    window.print();
  }
}
