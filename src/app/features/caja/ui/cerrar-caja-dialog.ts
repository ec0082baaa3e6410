import { ChangeDetectionStrategy, Component, Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { startWith } from 'rxjs';
import { Cents, ZERO, parseTypedAmount } from '../../../shared/money';
import { BsPipe } from '../../../shared/money.pipe';
import { amountValidator, firstError } from '../../../shared/validators';
import { CierreCalc } from '../data-access/cierre-calc';

export interface CerrarCajaData {
  /** The numbers in front of the cashier before counting, read from the service now. */
  calc: CierreCalc;
  /** How far the history read has come (`12,3 MB`), while it loads. */
  progress: Signal<string | null>;
}

/** Asks the counted cash, with the expected amount in front of the cashier. */
@Component({
  selector: 'app-cerrar-caja-dialog',
  imports: [
    ReactiveFormsModule,
    BsPipe,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
  ],
  template: `
    <h2 mat-dialog-title>Cerrar caja</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        @if (data.calc.error(); as e) {
          <div role="alert" class="error">
            <p>No se pudieron leer las operaciones de la sesión: {{ e.message0 }}</p>
            <p>No se muestran cifras incompletas.</p>
            <button mat-stroked-button type="button" (click)="data.calc.retry()">Reintentar</button>
          </div>
        } @else if (!data.calc.figures()) {
          <p role="status">Calculando… {{ data.progress() }}</p>
        }
        @if (data.calc.figures(); as f) {
          <dl class="cuentas">
            <dt>Monto inicial</dt>
            <dd>{{ f.cuadre.inicial | bs }}</dd>
            <dt>+ Recargas (ingreso)</dt>
            <dd>{{ f.cuadre.ingresos | bs }}</dd>
            <dt>− Inyecciones (egreso)</dt>
            <dd>{{ f.cuadre.egresos | bs }}</dd>
            @if (f.cuadre.otros !== 0) {
              <dt>Otros movimientos</dt>
              <dd>{{ f.cuadre.otros | bs }}</dd>
            }
            <dt><strong>Efectivo esperado</strong></dt>
            <dd data-testid="esperado">
              <strong>{{ f.cuadre.esperado | bs }}</strong>
            </dd>
          </dl>
          @if (f.discrepancias.length) {
            <p class="warn" role="alert">
              El servicio y este equipo no coinciden en {{ f.discrepancias.length }}
              operación(es): se cuentan las del servicio y el cierre las detalla.
            </p>
          }
        }
        <mat-form-field appearance="outline">
          <mat-label>Monto final contado (Bs)</mat-label>
          <input
            matInput
            formControlName="contado"
            inputmode="decimal"
            autocomplete="off"
            cdkFocusInitial
          />
          @if (error(); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        @if (diferencia() !== null) {
          <p class="diff" [class.bad]="diferencia() !== 0">Diferencia: {{ diferencia() | bs }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="ref.close(null)">Cancelar</button>
        <button mat-flat-button type="submit" [disabled]="!data.calc.figures()">Confirmar</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .cuentas {
      display: grid;
      grid-template-columns: auto auto;
      gap: 4px 16px;
    }
    dd {
      margin: 0;
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .error,
    .warn {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-radius: 8px;
      padding: 8px 12px;
    }
    .bad {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CerrarCajaDialog {
  protected readonly data = inject<CerrarCajaData>(MAT_DIALOG_DATA);
  protected readonly ref = inject(MatDialogRef<CerrarCajaDialog, Cents | null>);
  protected readonly form = inject(NonNullableFormBuilder).group({
    contado: ['', amountValidator(ZERO)],
  });
  private readonly contado = toSignal(this.form.controls.contado.valueChanges.pipe(startWith('')), {
    requireSync: true,
  });
  protected readonly diferencia = computed(() => {
    const c = parseTypedAmount(this.contado());
    const f = this.data.calc.figures();
    return c === null || !f ? null : ((c - f.cuadre.esperado) as Cents);
  });

  protected error(): string | null {
    return firstError(this.form.controls.contado);
  }

  protected confirm(): void {
    const c = parseTypedAmount(this.form.getRawValue().contado);
    if (!this.data.calc.figures()) return;
    if (this.form.invalid || c === null) {
      this.form.markAllAsTouched();
      return;
    }
    // The figures shown are the ones closed with: a change landing while the dialog closes
    // must not reload them away.
    this.data.calc.freeze();
    this.ref.close(c);
  }
}
