import { BoDatePipe } from '../../../shared/bo-date';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { AuthService } from '../../../core/auth/auth.service';
import { toApiError } from '../../../core/http/api-error';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { Cents, ZERO, parseTypedAmount } from '../../../shared/money';
import { ErrorAlert } from '../../../shared/error-alert';
import { BsPipe } from '../../../shared/money.pipe';
import { amountValidator, firstError } from '../../../shared/validators';
import {
  InyeccionesHistoryStore,
  RecargasHistoryStore,
} from '../../recargas/data-access/history.store';
import { cuadrar, resumirSesion } from '../data-access/cierre';
import { CerrarCajaData, CerrarCajaDialog } from '../ui/cerrar-caja-dialog';
import { CierreData, CierreReport } from '../ui/cierre-report';

/** The cashier session: open one, see it, close it with the numbers in front of you. */
@Component({
  selector: 'app-caja-page',
  imports: [
    ErrorAlert,
    ReactiveFormsModule,
    BoDatePipe,
    BsPipe,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    MatSelect,
    MatOption,
    CierreReport,
  ],
  templateUrl: './caja-page.html',
  styleUrl: './caja-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CajaPage {
  private readonly dialog = inject(MatDialog);
  private readonly recargas = inject(RecargasHistoryStore);
  private readonly inyecciones = inject(InyeccionesHistoryStore);
  protected readonly store = inject(SesionCajaStore);
  protected readonly auth = inject(AuthService);
  protected readonly pending = signal(false);
  protected readonly errors = signal<string[]>([]);
  /** The report of the session this page just closed, with the service's own figures. */
  protected readonly cierre = signal<CierreData | null>(null);

  protected readonly resumen = computed(() => {
    const s = this.store.sesion();
    return s
      ? resumirSesion(s.id, this.recargas.rows() ?? [], this.inyecciones.rows() ?? [])
      : null;
  });
  protected readonly cuadre = computed(() => {
    const s = this.store.sesion();
    const r = this.resumen();
    return s && r ? cuadrar(s.montoInicial, r, this.store.tillCash()) : null;
  });

  protected readonly openForm = inject(NonNullableFormBuilder).group({
    idCaja: [null as number | null, Validators.required],
    montoInicial: ['', amountValidator(ZERO)],
  });

  constructor() {
    this.recargas.loadOnce();
    this.inyecciones.loadOnce();
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

  protected cerrar(): void {
    const sesion = this.store.sesion();
    const cuadre = this.cuadre();
    const resumen = this.resumen();
    if (!sesion || !cuadre || !resumen || this.pending() || this.dialog.openDialogs.length) return;
    this.dialog
      .open<CerrarCajaDialog, CerrarCajaData, Cents | null>(CerrarCajaDialog, {
        data: { cuadre },
        width: '440px',
      })
      .afterClosed()
      .subscribe((contado) => {
        if (contado === null || contado === undefined) return;
        this.pending.set(true);
        this.errors.set([]);
        const cajaNombre = this.store.cajaNombre() ?? '';
        this.store.cerrar(contado).subscribe({
          next: (closed) => {
            this.pending.set(false);
            this.cierre.set({
              sesion: closed,
              cajaNombre,
              cajero: this.auth.user()?.name ?? '',
              resumen,
              // The service's own expected amount and difference, rounded to the cent.
              cuadre: cuadrar(
                closed.montoInicial,
                resumen,
                closed.montoFinalTeorico ?? cuadre.esperado,
              ),
              contado: closed.montoFinalReal ?? contado,
              diferencia: closed.diferencia,
            });
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
