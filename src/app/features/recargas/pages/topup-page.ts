import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { filter } from 'rxjs';
import { NetworkStatus } from '../../../core/http/network-status';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { ErrorAlert } from '../../../shared/error-alert';
import { Cents, formatBs } from '../../../shared/money';
import { BsPipe } from '../../../shared/money.pipe';
import { groupPhone } from '../../../shared/phone';
import { firstError } from '../../../shared/validators';
import { describeFlow, describeVerdict } from '../data-access/flow-texts';
import { nextCheck } from '../data-access/ledger/ledger-watch';
import { LedgerOp, recargaOf } from '../data-access/ledger/ledger.model';
import { LedgerStore } from '../data-access/ledger/ledger.store';
import { OperacionesStore } from '../data-access/operaciones.store';
import { OperadoraNombre } from '../data-access/operadora';
import { Receipts } from '../data-access/receipts';
import { NuevaRecarga, RecargaCliente } from '../data-access/recargas.model';
import { resumirSesion } from '../data-access/resumen-sesion';
import { SaldosStore } from '../data-access/saldos.store';
import { SendsMoney } from '../data-access/pending.guard';
import * as rules from '../data-access/topup-rules';
import { LateCommitAlert } from '../ui/late-commit-alert';
import { NoSessionAlert } from '../ui/no-session-alert';
import { OperadoraRadios } from '../ui/operadora-radios';
import { Receipt } from '../ui/receipt';
import { RecientesList } from '../ui/recientes-list';
import { ResumenStrip } from '../ui/resumen-strip';
import { SaldosPanel } from '../ui/saldos-panel';
import { UnresolvedPanel } from '../ui/unresolved-panel';
import { injectMoneyFlow } from './money-form';
import { RecargaForm } from './recarga-form';

const KEY_OPERADORA: Record<string, OperadoraNombre> = {
  '1': OperadoraNombre.Tigo,
  '2': OperadoraNombre.Entel,
  '3': OperadoraNombre.Viva,
};

/** The counter: sells from the ledger and the live balances, never from the whole history. */
@Component({
  selector: 'app-topup-page',
  imports: [
    ...[ReactiveFormsModule, BsPipe, MatButton, MatFormField, MatLabel, MatInput, MatError],
    ...[MatHint, ErrorAlert, OperadoraRadios, SaldosPanel, NoSessionAlert, Receipt],
    ...[ResumenStrip, RecientesList, UnresolvedPanel, LateCommitAlert],
  ],
  templateUrl: './topup-page.html',
  styleUrl: './topup-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKeydown($event)' },
})
export default class TopupPage implements SendsMoney {
  private readonly operaciones = inject(OperacionesStore);
  protected readonly network = inject(NetworkStatus);
  protected readonly sesionCaja = inject(SesionCajaStore);
  protected readonly saldos = inject(SaldosStore);
  protected readonly ledger = inject(LedgerStore);
  protected readonly receipts = inject(Receipts);
  protected readonly saldoOf = (op: OperadoraNombre) => this.saldos.saldoOf(op);
  protected readonly quickAmounts = rules.QUICK_AMOUNTS;
  protected readonly phone = groupPhone;
  protected readonly form = new RecargaForm(() => this.poolLimit());
  protected readonly flow = injectMoneyFlow<NuevaRecarga, RecargaCliente>({
    readBack: (n) => rules.recargaReadBack(n, this.ledger.recargas(), this.watched(), Date.now()),
    send: (n) => this.operaciones.recargar(n),
  });

  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly numeroInput = viewChild.required<ElementRef<HTMLInputElement>>('numeroInput');
  private readonly montoInput = viewChild.required<ElementRef<HTMLInputElement>>('montoInput');
  private readonly submitButton = viewChild.required('submitButton', { read: ElementRef });
  private readonly radios = viewChild.required(OperadoraRadios);

  protected readonly disabled = computed(() => !this.sesionCaja.hasOpenSession());
  protected readonly unresolved = this.operaciones.unresolvedRecargas;
  protected readonly watched = computed(() =>
    this.ledger.ops().filter((o) => o.tipo === 'recarga' && nextCheck(o) !== null),
  );
  protected readonly late = computed(() =>
    this.ledger.lateCommits().filter((o) => o.tipo === 'recarga'),
  );
  protected readonly recientes = computed(() => this.ledger.recargas().slice(0, 10));
  protected readonly resumen = computed(() => {
    const id = this.sesionCaja.sesion()?.id;
    return id === undefined
      ? null
      : resumirSesion(id, this.ledger.recargas(), this.ledger.inyecciones());
  });
  protected readonly told = computed(() => {
    const r = this.flow.rechecked();
    if (r) return describeVerdict(r.verdict, rules.nuevaOf(r.op), rules.RECARGA_WORDS);
    const late = new Set(this.late().map((o) => o.key));
    const told = describeFlow(this.flow.state(), rules.RECARGA_WORDS, late);
    const notice = this.flow.notice();
    return notice ? { ...told, errors: [...told.errors, notice] } : told;
  });

  constructor() {
    effect(() => (this.disabled() ? this.form.group.disable() : this.form.group.enable()));
    // Balances move (own or another cashier's sale): the amount's limit moves with them.
    effect(() => {
      this.saldos.items();
      this.form.group.controls.monto.updateValueAndValidity({ emitEvent: false });
    });
    // Focus starts on the number; after a sale the form is clean and the focus is back there.
    effect(() => {
      const s = this.flow.state();
      if (s.kind === 'done')
        this.formDirective().resetForm({ numero: '', operadora: null, monto: '' });
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
    return firstError(this.form.group.controls[name]);
  }

  protected quickDisabled(amount: Cents): boolean {
    const op = this.form.operadora();
    return this.disabled() || !rules.quickAllowed(amount, op, op ? this.saldoOf(op) : null);
  }

  protected pickQuick(amount: Cents): void {
    this.form.group.controls.monto.setValue(formatBs(amount, { symbol: false }));
    this.form.group.controls.monto.markAsTouched();
    this.submitButton().nativeElement.focus();
  }

  protected onKeydown(event: KeyboardEvent): void {
    const op = KEY_OPERADORA[event.key];
    if (!op || this.disabled() || this.flow.busy()) return;
    const t = event.target;
    // Plain 1/2/3 pick the operator outside text fields; Alt+1/2/3 work everywhere.
    if (t instanceof HTMLInputElement && t.type !== 'radio' && !event.altKey) return;
    event.preventDefault();
    this.form.group.controls.operadora.setValue(op);
    this.montoInput().nativeElement.focus();
  }

  sending(): boolean {
    return this.flow.waiting();
  }

  warnLeaving(): void {
    this.flow.notice.set('Espera la respuesta de la recarga antes de salir de esta pantalla.');
  }

  protected submit(): void {
    if (this.flow.busy() || this.disabled()) return;
    const nueva = this.form.nueva(this.sesionCaja.sesion()?.id);
    const refusal = rules.refusalBeforeSending(nueva, {
      operadora: this.form.operadora(),
      offline: this.network.offline(),
      blocked: this.operaciones.blockedNumbers(),
    });
    if (refusal !== null || nueva === null) {
      this.form.group.markAllAsTouched();
      this.flow.refuse(refusal ?? []);
      return this.focusFirstInvalid();
    }
    this.flow.start(nueva);
  }

  protected printLate(op: LedgerOp): void {
    const recarga = recargaOf(op);
    if (recarga) this.receipts.print(recarga);
  }

  private poolLimit(): { limit: Cents; message: string } | null {
    const op = this.form?.group.controls.operadora.value ?? null;
    return rules.poolLimit(op, op ? this.saldos.saldoOf(op) : null, this.saldos.loaded());
  }

  private focusFirstInvalid(): void {
    const c = this.form.group.controls;
    if (c.numero.invalid) this.numeroInput().nativeElement.focus();
    else if (!c.operadora.value) this.radios().focus();
    else if (c.monto.invalid) this.montoInput().nativeElement.focus();
  }
}
