import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { toApiError } from '../../../core/http/api-error';
import { ErrorAlert } from '../../../shared/error-alert';
import { Cents, formatBs, parseTypedAmount } from '../../../shared/money';
import { StaleAmount } from '../../../shared/stale-amount';
import { Field, FieldInput } from '../../../shared/field';
import { amountValidator, shownError } from '../../../shared/validators';
import * as rules from '../data-access/inyeccion-rules';
import { MIN_INYECCION } from '../data-access/operacion-checks';
import { OperadoraNombre } from '../data-access/operadora';
import { InyeccionOperadora, NuevaInyeccion } from '../data-access/recargas.model';
import { COUNTER_UI } from '../ui/counter-ui';
import { MoneyPage, injectMoneyFlow } from './money-form';

/** Buying airtime for an operator pool: cash leaves the till (EGRESO), the pool goes up. */
@Component({
  selector: 'app-inyeccion-page',
  imports: [
    ...[ReactiveFormsModule, Field, FieldInput],
    ...[ErrorAlert, StaleAmount, ...COUNTER_UI],
  ],
  templateUrl: './inyeccion-page.html',
  styleUrl: './topup-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class InyeccionPage extends MoneyPage<NuevaInyeccion, InyeccionOperadora> {
  protected readonly form = inject(NonNullableFormBuilder).group({
    operadora: [null as OperadoraNombre | null, Validators.required],
    monto: ['', amountValidator(MIN_INYECCION, () => this.tillLimit())],
  });
  protected readonly flow = injectMoneyFlow<NuevaInyeccion, InyeccionOperadora>({
    readBack: (n) => rules.inyeccionReadBack(n, this.watched()),
    send: (n) => this.operaciones.inyectar(n),
  });
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly unresolved = this.operaciones.unresolvedInyecciones;
  /** No new injection while one's outcome is unknown: the same cash-out could leave twice. */
  protected readonly disabled = computed(
    () => !this.sesionCaja.hasOpenSession() || !this.gate.canSell() || this.unresolved().length > 0,
  );

  constructor() {
    super({
      tipo: 'inyeccion',
      words: rules.INYECCION_WORDS,
      nuevaOf: rules.nuevaInyeccionOf,
      leaving: 'Espera la respuesta de la inyección antes de salir de esta pantalla.',
    });
    // The page is about the till's cash: read it fresh on arrival.
    this.sesionCaja.refreshTillCash();
    effect(() => (this.disabled() ? this.form.disable() : this.form.enable()));
    effect(() => {
      this.sesionCaja.tillCash();
      this.form.controls.monto.updateValueAndValidity({ emitEvent: false });
    });
    effect(() => {
      const state = this.flow.state();
      if (state.kind !== 'done') return;
      // Changed while the verdict was awaited: the next injection, kept as it is.
      const raw = untracked(() => this.form.getRawValue());
      if (
        raw.operadora === state.nueva.operadora &&
        parseTypedAmount(raw.monto) === state.nueva.monto
      )
        this.formDirective().resetForm({ operadora: null, monto: '' });
    });
  }

  protected montoError(): string | null {
    return shownError(this.form.controls.monto, this.formDirective());
  }

  protected submit(): void {
    if (this.flow.busy() || this.disabled()) return;
    const raw = this.form.getRawValue();
    const monto = parseTypedAmount(raw.monto);
    const idSesion = this.sesionCaja.sesion()?.id;
    const valid = this.form.valid && monto !== null && idSesion !== undefined;
    const refusal = rules.inyeccionRefusal({
      operadora: raw.operadora !== null,
      valid,
      offline: this.network.offline(),
    });
    if (refusal !== null || !raw.operadora || monto === null || idSesion === undefined) {
      this.form.markAllAsTouched();
      return this.flow.refuse(refusal ?? []);
    }
    const nueva: NuevaInyeccion = { operadora: raw.operadora, monto, idSesion };
    // The till cash decides: never older than a minute when the cash leaves. Left before it
    // answers, the page opens no read-back over the next one.
    this.sesionCaja
      .freshTillCash()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (cash) =>
          monto > cash
            ? this.flow.refuse([`Efectivo insuficiente en la caja: disponible ${formatBs(cash)}.`])
            : this.flow.start(nueva),
        error: (e: unknown) =>
          this.flow.refuse([
            `No se pudo leer el efectivo de la caja: la inyección no se envió. ${toApiError(e).message0}`,
          ]),
      });
  }

  private tillLimit(): { limit: Cents; message: string } | null {
    const cash = this.sesionCaja?.tillCash();
    return cash === null || cash === undefined
      ? null
      : { limit: cash, message: `Efectivo insuficiente en la caja: disponible ${formatBs(cash)}.` };
  }
}
