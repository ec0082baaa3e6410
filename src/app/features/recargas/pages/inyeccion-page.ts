import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { startWith } from 'rxjs';
import { NetworkStatus } from '../../../core/http/network-status';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { Cents, formatBs, parseTypedAmount } from '../../../shared/money';
import { ErrorAlert } from '../../../shared/error-alert';
import { BsPipe } from '../../../shared/money.pipe';
import { amountValidator, firstError } from '../../../shared/validators';
import { OperadoraNombre } from '../data-access/operadora';
import { MIN_INYECCION } from '../data-access/operacion-guard';
import { OperacionesStore, UnresolvedOperation, Verdict } from '../data-access/operaciones.store';
import { InyeccionOperadora, NuevaInyeccion } from '../data-access/recargas.model';
import { InyeccionesHistoryStore } from '../data-access/history.store';
import { SendsMoney } from '../data-access/pending.guard';
import { SaldosStore } from '../data-access/saldos.store';
import { ConfirmData, ConfirmDialog } from '../ui/confirm-dialog';
import { NoSessionAlert } from '../ui/no-session-alert';
import { OperadoraRadios } from '../ui/operadora-radios';
import { SaldosPanel } from '../ui/saldos-panel';
import { UnresolvedPanel } from '../ui/unresolved-panel';

/** Buying airtime for an operator pool: cash leaves the till (EGRESO), the pool goes up. */
@Component({
  selector: 'app-inyeccion-page',
  imports: [
    UnresolvedPanel,
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
  ],
  templateUrl: './inyeccion-page.html',
  styleUrl: './topup-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class InyeccionPage implements SendsMoney {
  private readonly dialog = inject(MatDialog);
  private readonly operaciones = inject(OperacionesStore);
  protected readonly network = inject(NetworkStatus);
  protected readonly sesion = inject(SesionCajaStore);
  protected readonly saldos = inject(SaldosStore);
  protected readonly saldoOf = (op: OperadoraNombre) => this.saldos.saldoOf(op);

  protected readonly form = inject(NonNullableFormBuilder).group({
    operadora: [null as OperadoraNombre | null, Validators.required],
    monto: ['', amountValidator(MIN_INYECCION, () => this.tillLimit())],
  });
  private readonly value = toSignal(
    this.form.valueChanges.pipe(startWith(this.form.getRawValue())),
    { requireSync: true },
  );
  protected readonly busy = signal(false);
  protected readonly pending = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly errors = signal<string[]>([]);
  protected readonly unresolved = this.operaciones.unresolvedInyecciones;
  protected readonly checking = signal(false);
  /** No new injection while one's outcome is unknown: the same cash-out could leave twice. */
  protected readonly disabled = computed(
    () => !this.sesion.hasOpenSession() || this.unresolved().length > 0,
  );
  protected readonly operadora = computed(() => this.value().operadora ?? null);

  constructor() {
    // Known injections give the exact baseline should an answer get lost.
    inject(InyeccionesHistoryStore).loadOnce();
    effect(() => (this.disabled() ? this.form.disable() : this.form.enable()));
    effect(() => {
      this.sesion.tillCash();
      this.form.controls.monto.updateValueAndValidity({ emitEvent: false });
    });
    this.form.controls.operadora.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.errors.set([]));
  }

  protected fieldError(): string | null {
    return firstError(this.form.controls.monto);
  }

  sending(): boolean {
    return this.pending() || this.checking();
  }

  warnLeaving(): void {
    this.errors.set(['Espera la respuesta de la inyección antes de salir de esta pantalla.']);
  }

  protected submit(): void {
    if (this.busy() || this.disabled()) return;
    this.status.set(null);
    const raw = this.form.getRawValue();
    const monto = parseTypedAmount(raw.monto);
    const idSesion = this.sesion.sesion()?.id;
    if (this.form.invalid || !raw.operadora || monto === null || idSesion === undefined) {
      this.form.markAllAsTouched();
      this.errors.set(raw.operadora ? [] : ['Elige la operadora.']);
      return;
    }
    if (this.network.offline()) {
      this.errors.set(['Sin conexión: la inyección no se envió. Espera a que vuelva la conexión.']);
      return;
    }
    const nueva: NuevaInyeccion = { operadora: raw.operadora, monto, idSesion };
    this.errors.set([]);
    this.busy.set(true);
    this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
        data: {
          title: 'Confirmar inyección',
          lines: [
            { label: 'Operadora', value: nueva.operadora },
            { label: 'Monto', value: formatBs(nueva.monto), big: true },
          ],
          warnings: [
            `El efectivo sale de la caja (EGRESO): ${formatBs(nueva.monto)} menos en el cajón.`,
          ],
        },
        autoFocus: 'first-tabbable',
        width: '420px',
      })
      .afterClosed()
      .subscribe((ok) => (ok ? this.send(nueva) : this.busy.set(false)));
  }

  protected recheck(u: UnresolvedOperation): void {
    if (u.tipo !== 'inyeccion' || this.checking()) return;
    this.checking.set(true);
    this.operaciones.recheck(u).subscribe((v) => {
      this.checking.set(false);
      this.tell(v, u.nueva);
    });
  }

  private send(nueva: NuevaInyeccion): void {
    this.pending.set(true);
    this.operaciones.inyectar(nueva).subscribe((v) => {
      this.pending.set(false);
      this.busy.set(false);
      this.tell(v, nueva);
      if (v.kind === 'applied') this.form.reset();
    });
  }

  private tell(v: Verdict<InyeccionOperadora>, nueva: NuevaInyeccion): void {
    const what = `${nueva.operadora} por ${formatBs(nueva.monto)}`;
    this.status.set(
      v.kind === 'applied'
        ? `${v.reconciled ? 'Inyección confirmada' : 'Inyección registrada'}: ${what} (#${v.record.id}).`
        : null,
    );
    this.errors.set(
      v.kind === 'refused'
        ? [...v.error.messages]
        : v.kind === 'not-applied'
          ? [`La inyección no se aplicó: ${what}. Puedes intentarla de nuevo.`]
          : [],
    );
  }

  private tillLimit(): { limit: Cents; message: string } | null {
    const cash = this.sesion?.tillCash();
    return cash === null || cash === undefined
      ? null
      : { limit: cash, message: `Efectivo insuficiente en la caja: disponible ${formatBs(cash)}.` };
  }
}
