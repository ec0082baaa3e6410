import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
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
import { CuadreCaja } from '../data-access/cierre';

export interface CerrarCajaData {
  /** The numbers in front of the cashier before counting: initial, in, out, expected. */
  cuadre: CuadreCaja;
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
        <dl class="cuentas">
          <dt>Monto inicial</dt>
          <dd>{{ data.cuadre.inicial | bs }}</dd>
          <dt>+ Recargas (ingreso)</dt>
          <dd>{{ data.cuadre.ingresos | bs }}</dd>
          <dt>− Inyecciones (egreso)</dt>
          <dd>{{ data.cuadre.egresos | bs }}</dd>
          @if (data.cuadre.otros !== 0) {
            <dt>Otros movimientos</dt>
            <dd>{{ data.cuadre.otros | bs }}</dd>
          }
          <dt><strong>Efectivo esperado</strong></dt>
          <dd data-testid="esperado">
            <strong>{{ data.cuadre.esperado | bs }}</strong>
          </dd>
        </dl>
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
        <button mat-flat-button type="submit">Confirmar</button>
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
    return c === null ? null : ((c - this.data.cuadre.esperado) as Cents);
  });

  protected error(): string | null {
    return firstError(this.form.controls.contado);
  }

  protected confirm(): void {
    const c = parseTypedAmount(this.form.getRawValue().contado);
    if (this.form.invalid || c === null) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(c);
  }
}
