import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { filter, startWith } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { NetworkStatus } from '../../../core/http/network-status';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { Cents, formatBs } from '../../../shared/money';
import { ErrorAlert } from '../../../shared/error-alert';
import { BsPipe } from '../../../shared/money.pipe';
import { groupPhone, normalizePhone } from '../../../shared/phone';
import { amountValidator, firstError, phoneValidator } from '../../../shared/validators';
import { InyeccionesHistoryStore, RecargasHistoryStore } from '../data-access/history.store';
import { resumirSesion } from '../../caja/data-access/cierre';
import { ResumenStrip } from '../../caja/ui/resumen-strip';
import { OperadoraNombre } from '../data-access/operadora';
import { OperacionesStore, UnresolvedOperation, Verdict } from '../data-access/operaciones.store';
import { MIN_RECARGA } from '../data-access/operacion-guard';
import { PrintService } from '../data-access/print.service';
import { NuevaRecarga, RecargaCliente } from '../data-access/recargas.model';
import { SendsMoney } from '../data-access/pending.guard';
import { SaldosStore } from '../data-access/saldos.store';
import { ConfirmData, ConfirmDialog } from '../ui/confirm-dialog';
import { NoSessionAlert } from '../ui/no-session-alert';
import { Receipt, ReceiptData } from '../ui/receipt';
import { RecientesList } from '../ui/recientes-list';
import { UnresolvedPanel } from '../ui/unresolved-panel';
import {
  QUICK_AMOUNTS,
  describeVerdict,
  lastOperadoraFor,
  poolLimit,
  quickAllowed,
  recargaReadBack,
  toNuevaRecarga,
} from '../data-access/topup-rules';
import { OperadoraRadios } from '../ui/operadora-radios';
import { SaldosPanel } from '../ui/saldos-panel';

const KEY_OPERADORA: Record<string, OperadoraNombre> = {
  '1': OperadoraNombre.Tigo,
  '2': OperadoraNombre.Entel,
  '3': OperadoraNombre.Viva,
};

@Component({
  selector: 'app-topup-page',
  imports: [
    OperadoraRadios,
    ErrorAlert,
    ReactiveFormsModule,
    BsPipe,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    MatHint,
    SaldosPanel,
    NoSessionAlert,
    Receipt,
    ResumenStrip,
    RecientesList,
    UnresolvedPanel,
  ],
  templateUrl: './topup-page.html',
  styleUrl: './topup-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKeydown($event)' },
})
export default class TopupPage implements SendsMoney {
  private readonly dialog = inject(MatDialog);
  private readonly operaciones = inject(OperacionesStore);
  private readonly auth = inject(AuthService);
  protected readonly network = inject(NetworkStatus);
  protected readonly sesion = inject(SesionCajaStore);
  protected readonly saldos = inject(SaldosStore);
  protected readonly saldoOf = (op: OperadoraNombre) => this.saldos.saldoOf(op);
  protected readonly history = inject(RecargasHistoryStore);
  private readonly inyecciones = inject(InyeccionesHistoryStore);
  protected readonly printer = inject(PrintService);
  protected readonly quickAmounts = QUICK_AMOUNTS;
  protected readonly phone = groupPhone;

  private readonly numeroInput = viewChild.required<ElementRef<HTMLInputElement>>('numeroInput');
  private readonly montoInput = viewChild.required<ElementRef<HTMLInputElement>>('montoInput');
  private readonly submitButton = viewChild.required('submitButton', {
    read: ElementRef<HTMLButtonElement>,
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    numero: ['', phoneValidator],
    operadora: [null as OperadoraNombre | null, Validators.required],
    monto: ['', amountValidator(MIN_RECARGA, () => this.poolLimit())],
  });
  private readonly value = toSignal(
    this.form.valueChanges.pipe(startWith(this.form.getRawValue())),
    {
      requireSync: true,
    },
  );

  /** One intent, one POST: true from the dialog's opening until the verdict. */
  protected readonly busy = signal(false);
  protected readonly pending = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly errors = signal<string[]>([]);
  protected readonly receipt = signal<ReceiptData | null>(null);
  protected readonly unresolved = this.operaciones.unresolvedRecargas;
  /** A "Comprobar de nuevo" running: separate from the form's own request (one intent, one POST). */
  protected readonly checking = signal(false);
  /** Receipts already printed in this page: a second print says REIMPRESIÓN. */
  private readonly printed = new Set<number>();
  /** The top-up the status message speaks of. */
  protected readonly lastRecarga = signal<RecargaCliente | null>(null);

  protected readonly disabled = computed(() => !this.sesion.hasOpenSession());
  protected readonly operadora = computed(() => this.value().operadora ?? null);
  protected readonly numero = computed(() => {
    const check = normalizePhone(this.value().numero ?? '');
    return check.ok ? check.numero : null;
  });
  protected readonly saldoElegido = computed(() => {
    const op = this.operadora();
    return op ? this.saldos.saldoOf(op) : null;
  });
  /** The operator last used for this number, as a suggestion (numbers move between networks). */
  protected readonly sugerida = computed(() =>
    lastOperadoraFor(this.history.rows(), this.numero()),
  );
  protected readonly recientes = computed(() => {
    const id = this.sesion.sesion()?.id;
    return (this.history.rows() ?? []).filter((r) => r.idSesion === id).slice(0, 10);
  });

  /** The open session's sales and injections, updated after each own operation. */
  protected readonly resumen = computed(() => {
    const id = this.sesion.sesion()?.id;
    const rows = this.history.rows();
    return id === undefined || rows === null
      ? null
      : resumirSesion(id, rows, this.inyecciones.rows() ?? []);
  });

  constructor() {
    this.history.loadOnce();
    this.inyecciones.loadOnce();
    effect(() => (this.disabled() ? this.form.disable() : this.form.enable()));
    // The pool limit depends on the operator: re-check the amount when it changes.
    this.form.controls.operadora.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.monto.updateValueAndValidity());
    // Balances move (own or another cashier's sale): the amount's limit moves with them.
    effect(() => {
      this.saldos.items();
      this.form.controls.monto.updateValueAndValidity({ emitEvent: false });
    });
    // Focus starts on the number; a complete number moves on to the operator.
    effect(() => {
      if (!this.disabled()) queueMicrotask(() => this.numeroInput().nativeElement.focus());
    });
    this.form.controls.numero.valueChanges
      .pipe(
        filter(
          () =>
            this.form.controls.numero.valid &&
            document.activeElement === this.numeroInput().nativeElement,
        ),
        takeUntilDestroyed(),
      )
      .subscribe(() => queueMicrotask(() => this.focusOperadora()));
  }

  protected fieldError(name: 'numero' | 'monto'): string | null {
    return firstError(this.form.controls[name]);
  }

  protected quickDisabled(amount: Cents): boolean {
    return this.disabled() || !quickAllowed(amount, this.operadora(), this.saldoElegido());
  }

  protected pickQuick(amount: Cents): void {
    this.form.controls.monto.setValue(formatBs(amount, { symbol: false }));
    this.form.controls.monto.markAsTouched();
    this.submitButton().nativeElement.focus();
  }

  protected pickOperadora(op: OperadoraNombre): void {
    this.form.controls.operadora.setValue(op);
    this.montoInput().nativeElement.focus();
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (this.disabled() || this.busy() || this.dialog.openDialogs.length) return;
    const op = KEY_OPERADORA[event.key];
    if (!op) return;
    const target = event.target as HTMLElement | null;
    const inText = target instanceof HTMLInputElement && target.type !== 'radio';
    // Plain 1/2/3 pick the operator outside text fields; Alt+1/2/3 work everywhere.
    if (inText && !event.altKey) return;
    event.preventDefault();
    this.pickOperadora(op);
  }

  sending(): boolean {
    return this.pending() || this.checking();
  }

  warnLeaving(): void {
    this.errors.set(['Espera la respuesta de la recarga antes de salir de esta pantalla.']);
  }

  protected submit(): void {
    if (this.busy() || this.disabled()) return;
    this.status.set(null);
    if (this.form.invalid || !this.operadora()) {
      this.form.markAllAsTouched();
      this.errors.set(this.operadora() ? [] : ['Elige la operadora (teclas 1, 2 o 3).']);
      this.focusFirstInvalid();
      return;
    }
    if (this.network.offline()) {
      this.errors.set(['Sin conexión: la recarga no se envió. Espera a que vuelva la conexión.']);
      return;
    }
    const nueva = toNuevaRecarga(this.form.getRawValue(), this.sesion.sesion()?.id);
    if (!nueva) return;
    if (this.operaciones.blockedNumbers().has(nueva.numeroCliente)) {
      this.errors.set([
        `Hay una recarga a ${groupPhone(nueva.numeroCliente)} en estado desconocido: compruébala antes de volver a recargar ese número.`,
      ]);
      return;
    }
    this.errors.set([]);
    this.busy.set(true);
    const ref = this.dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
      data: recargaReadBack(nueva, this.history.rows(), Date.now()),
      autoFocus: 'first-tabbable',
      restoreFocus: true,
      width: '420px',
    });
    ref.afterClosed().subscribe((ok) => (ok ? this.send(nueva) : this.busy.set(false)));
  }

  protected recheck(u: UnresolvedOperation): void {
    if (u.tipo !== 'recarga' || this.checking()) return;
    this.checking.set(true);
    this.operaciones.recheck(u).subscribe((v) => {
      this.checking.set(false);
      // Only the message: the form may hold the next customer's top-up.
      const told = describeVerdict(v, u.nueva);
      this.status.set(told.status);
      this.errors.set(told.errors);
      if (v.kind === 'applied') this.lastRecarga.set(v.record);
    });
  }

  /** The list's "Reimprimir" is always a reprint; the first print of a new sale is not. */
  protected printReceipt(recarga: RecargaCliente, reprint = false): void {
    this.receipt.set(this.receiptOf(recarga, reprint || this.printed.has(recarga.id)));
    this.printed.add(recarga.id);
    this.printer.print();
  }

  private receiptOf(recarga: RecargaCliente, reprint: boolean): ReceiptData {
    return {
      recarga,
      reprint,
      cajaNombre: this.sesion.cajaNombre() ?? '',
      cajero: this.auth.user()?.name ?? '',
    };
  }

  private send(nueva: NuevaRecarga): void {
    this.pending.set(true);
    this.operaciones.recargar(nueva).subscribe((v) => this.onVerdict(v, nueva));
  }

  private onVerdict(v: Verdict<RecargaCliente>, nueva: NuevaRecarga): void {
    this.pending.set(false);
    this.busy.set(false);
    const told = describeVerdict(v, nueva);
    this.status.set(told.status);
    this.errors.set(told.errors);
    if (v.kind === 'applied') {
      this.lastRecarga.set(v.record);
      this.form.reset();
      this.numeroInput().nativeElement.focus();
    }
  }

  private poolLimit(): { limit: Cents; message: string } | null {
    const op: OperadoraNombre | null = this.form?.controls.operadora.value ?? null;
    return poolLimit(op, op ? this.saldos.saldoOf(op) : null, this.saldos.loaded());
  }

  private focusOperadora(): void {
    const radio =
      document.querySelector<HTMLInputElement>('.operadoras input[type=radio]:checked') ??
      document.querySelector<HTMLInputElement>('.operadoras input[type=radio]');
    radio?.focus();
  }

  private focusFirstInvalid(): void {
    if (this.form.controls.numero.invalid) this.numeroInput().nativeElement.focus();
    else if (!this.operadora()) this.focusOperadora();
    else this.montoInput().nativeElement.focus();
  }
}
