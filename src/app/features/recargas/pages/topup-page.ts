import { ChangeDetectionStrategy, Component, ElementRef } from '@angular/core';
import { computed, effect, inject, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { filter } from 'rxjs';
import { ErrorAlert } from '../../../shared/error-alert';
import { Field, FieldInput } from '../../../shared/field';
import { Cents, formatBs } from '../../../shared/money';
import { groupPhone } from '../../../shared/phone';
import { shownError } from '../../../shared/validators';
import { OperadoraNombre } from '../data-access/operadora';
import { Receipts } from '../data-access/receipts';
import { NuevaRecarga, RecargaCliente } from '../data-access/recargas.model';
import * as rules from '../data-access/topup-rules';
import * as ui from '../ui/counter-ui';
import { Receipt } from '../ui/receipt';
import { RecientesList } from '../ui/recientes-list';
import { ResumenStrip } from '../ui/resumen-strip';
import { MoneyPage, injectMoneyFlow } from './money-form';
import { RecargaForm } from './recarga-form';

/** The counter: sells from the ledger and the live balances, never from the whole history. */
@Component({
  selector: 'app-topup-page',
  imports: [
    ...[ReactiveFormsModule, Field, FieldInput],
    ...[ErrorAlert, ...ui.COUNTER_UI, Receipt, RecientesList, ResumenStrip],
  ],
  templateUrl: './topup-page.html',
  styleUrl: './topup-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TopupPage extends MoneyPage<NuevaRecarga, RecargaCliente> {
  protected readonly receipts = inject(Receipts);
  protected readonly quickAmounts = rules.QUICK_AMOUNTS;
  protected readonly form = new RecargaForm(() => this.poolLimit());
  protected readonly flow = injectMoneyFlow<NuevaRecarga, RecargaCliente>({
    readBack: (n) => rules.recargaReadBack(n, this.ledger.sesionOps(), this.watched(), Date.now()),
    send: (n) => this.operaciones.recargar(n),
  });
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly numeroInput = viewChild.required<ElementRef<HTMLInputElement>>('numeroInput');
  private readonly montoInput = viewChild.required<ElementRef<HTMLInputElement>>('montoInput');
  private readonly submitButton = viewChild.required('submitButton', { read: ElementRef });
  private readonly radios = viewChild.required(ui.OperadoraRadios);

  protected readonly disabled = computed(
    () => !this.sesionCaja.hasOpenSession() || !this.gate.canSell(),
  );
  protected readonly unresolved = this.operaciones.unresolvedRecargas;
  protected readonly quickLimit = computed(() => {
    const op = this.form.operadora();
    return op ? (this.saldoOf(op) ?? (0 as Cents)) : null;
  });

  constructor() {
    super({
      tipo: 'recarga',
      words: rules.RECARGA_WORDS,
      nuevaOf: rules.nuevaOf,
      leaving: 'Espera la respuesta de la recarga antes de salir de esta pantalla.',
    });
    effect(() => (this.disabled() ? this.form.group.disable() : this.form.group.enable()));
    // Balances move (own or another cashier's sale): the amount's limit moves with them.
    effect(() => {
      this.saldos.items();
      this.form.group.controls.monto.updateValueAndValidity({ emitEvent: false });
    });
    // Focus starts on the number; after a sale the form is clean and the focus is back there.
    effect(() => {
      const state = this.flow.state();
      if (state.kind !== 'done') return;
      untracked(() => {
        // Typed while the verdict was awaited (a lost answer's check takes seconds): the next
        // sale, kept as it is, and the focus stays where the cashier is typing.
        const shown = rules.toNuevaRecarga(this.form.group.getRawValue(), state.nueva.idSesion);
        if (!shown || !rules.sameRecarga(shown, state.nueva)) return;
        this.formDirective().resetForm({ numero: '', operadora: null, monto: '' });
        queueMicrotask(() => this.numeroInput().nativeElement.focus());
      });
    });
    effect(() => {
      if (!this.disabled()) queueMicrotask(() => this.numeroInput().nativeElement.focus());
    });
    const numero = this.form.group.controls.numero;
    numero.valueChanges
      .pipe(
        filter(() => numero.valid && document.activeElement === this.numeroInput().nativeElement),
        takeUntilDestroyed(),
      )
      .subscribe(() => queueMicrotask(() => this.radios().focus()));
  }

  protected fieldError(name: 'numero' | 'monto'): string | null {
    return shownError(this.form.group.controls[name], this.formDirective());
  }

  /** The number as it will be dialled and its last top-up's operator, or how to type one. */
  protected readonly numeroHint = computed(() => {
    const n = this.form.numero();
    if (!n) return '8 dígitos; se aceptan espacios, guiones y +591';
    const sugerida = this.form.sugerida();
    return groupPhone(n) + (sugerida ? ` · última recarga: ${sugerida}` : '');
  });

  protected pickQuick(amount: Cents): void {
    this.form.group.controls.monto.setValue(formatBs(amount, { symbol: false }));
    this.form.group.controls.monto.markAsTouched();
    this.submitButton().nativeElement.focus();
  }

  protected pickOperadora(op: OperadoraNombre): void {
    this.form.group.controls.operadora.setValue(op);
    this.montoInput().nativeElement.focus();
  }

  protected submit(): void {
    if (this.flow.busy() || this.disabled()) return;
    const nueva = this.form.nueva(this.sesionCaja.sesion()?.id);
    const refusal = rules.refusalBeforeSending(nueva, {
      operadora: this.form.operadora(),
      offline: this.network.offline(),
      blocked: this.operaciones.blockedNumbers(),
    });
    if (refusal === null && nueva !== null) return void this.flow.start(nueva);
    this.form.group.markAllAsTouched();
    this.flow.refuse(refusal ?? []);
    const c = this.form.group.controls;
    if (c.numero.invalid) this.numeroInput().nativeElement.focus();
    else if (!c.operadora.value) this.radios().focus();
    else if (c.monto.invalid) this.montoInput().nativeElement.focus();
  }

  private poolLimit(): { limit: Cents; message: string } | null {
    const op = this.form?.group.controls.operadora.value ?? null;
    return rules.poolLimit(op, op ? this.saldos.saldoOf(op) : null, this.saldos.loaded());
  }
}
