import { Signal, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { distinctUntilChanged, from, map, of, startWith, switchMap } from 'rxjs';
import { Cents } from '../../../shared/money';
import { normalizePhone } from '../../../shared/phone';
import { amountValidator, phoneValidator } from '../../../shared/validators';
import { LedgerStore } from '../data-access/ledger/ledger.store';
import { MIN_RECARGA } from '../data-access/operacion-checks';
import { OperadoraNombre } from '../data-access/operadora';
import { NuevaRecarga } from '../data-access/recargas.model';
import { toNuevaRecarga } from '../data-access/topup-rules';

/**
 * The top-up form and what it derives: the normalised number, the chosen operator, and the
 * operator last used for that number on this device (a suggestion from the ledger). Create it
 * in the page's injection context.
 */
export class RecargaForm {
  readonly group;
  readonly operadora: Signal<OperadoraNombre | null>;
  readonly numero: Signal<string | null>;
  readonly sugerida: Signal<OperadoraNombre | null>;

  constructor(limit: () => { limit: Cents; message: string } | null) {
    const group = inject(NonNullableFormBuilder).group({
      numero: ['', phoneValidator],
      operadora: [null as OperadoraNombre | null, Validators.required],
      monto: ['', amountValidator(MIN_RECARGA, limit)],
    });
    this.group = group;
    const value = toSignal(group.valueChanges.pipe(startWith(group.getRawValue())), {
      requireSync: true,
    });
    this.operadora = computed(() => value().operadora ?? null);
    this.numero = computed(() => {
      const check = normalizePhone(value().numero ?? '');
      return check.ok ? check.numero : null;
    });
    const ledger = inject(LedgerStore);
    this.sugerida = toSignal(
      group.controls.numero.valueChanges.pipe(
        map((text) => normalizePhone(text ?? '')),
        map((check) => (check.ok ? check.numero : null)),
        distinctUntilChanged(),
        switchMap((n) => (n ? from(ledger.lastOperadoraFor(n)) : of(null))),
      ),
      { initialValue: null },
    );
    // The pool limit depends on the operator: re-check the amount when it changes.
    group.controls.operadora.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => group.controls.monto.updateValueAndValidity());
  }

  /** The top-up to send, or null while anything is missing or invalid. */
  nueva(idSesion: number | undefined): NuevaRecarga | null {
    return this.group.invalid ? null : toNuevaRecarga(this.group.getRawValue(), idSesion);
  }
}
