import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { Cents, formatBs, parseTypedAmount } from '../../../shared/money';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { BsPipe } from '../../../shared/money.pipe';
import { OperadoraNombre } from '../data-access/operadora';
import { PoolView } from '../data-access/resumen-view';

/**
 * The region `Saldos y pronóstico`: each operator's pool, the day's pace and how long the pool
 * lasts; a supervisor sets the low-balance thresholds and the closing time here.
 */
@Component({
  selector: 'app-pools-forecast',
  imports: [BsPipe, MatFormField, MatLabel, MatHint, MatInput],
  template: `
    <section aria-labelledby="pools-title">
      <h2 id="pools-title">Saldos y pronóstico</h2>
      <ul class="pools">
        @for (p of pools(); track p.operadora) {
          <li
            [class]="'pool op op-' + p.operadora.toLowerCase()"
            [class.low]="p.forecast?.belowThreshold"
          >
            <span class="name">{{ p.operadora }}</span>
            @if (p.saldo === null) {
              <span class="amount muted">Sin configurar</span>
            } @else {
              <span class="amount">{{ p.saldo | bs }}</span>
            }
            @if (p.forecast; as f) {
              <span class="pace muted">Ritmo: {{ pace(f.pace) }} por hora</span>
              <strong class="sentence">{{ f.text }}</strong>
              @if (f.belowThreshold && p.umbral !== null) {
                <span class="warn">Bajo el umbral de {{ p.umbral | bs }}</span>
              }
            }
          </li>
        }
      </ul>
      @if (!forecastShown()) {
        <p class="muted">El pronóstico se calcula solo para hoy.</p>
      }
      @if (editable()) {
        <form class="settings" aria-label="Umbrales y cierre" (submit)="$event.preventDefault()">
          @for (p of pools(); track p.operadora) {
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>Umbral {{ p.operadora }} (Bs)</mat-label>
              <input
                matInput
                inputmode="decimal"
                [value]="p.umbral === null ? '' : plain(p.umbral)"
                (change)="setUmbral(p.operadora, $any($event.target))"
              />
              @if (invalid() === p.operadora) {
                <mat-hint class="warn">Escribe un monto, p. ej. 200 o 150,50</mat-hint>
              }
            </mat-form-field>
          }
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>Hora de cierre</mat-label>
            <input
              matInput
              inputmode="numeric"
              placeholder="21:00"
              [value]="cierre()"
              (change)="setCierre($any($event.target))"
            />
            @if (invalid() === 'cierre') {
              <mat-hint class="warn">Escribe la hora como 21:00</mat-hint>
            }
          </mat-form-field>
        </form>
      } @else {
        <p class="muted">Cierre del local: {{ cierre() }}.</p>
      }
    </section>
  `,
  styleUrl: './resumen.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PoolsForecast {
  readonly pools = input.required<readonly PoolView[]>();
  readonly cierre = input.required<string>();
  readonly forecastShown = input(true);
  /** A supervisor edits the thresholds and the closing time; a cashier reads them. */
  readonly editable = input(false);
  readonly umbralChange = output<{ operadora: OperadoraNombre; cents: Cents | null }>();
  readonly cierreChange = output<string>();
  protected readonly invalid = signal<OperadoraNombre | 'cierre' | null>(null);

  protected pace(centsPerHour: number): string {
    return formatBs(Math.round(centsPerHour) as Cents);
  }

  protected plain(cents: Cents): string {
    return formatBs(cents, { symbol: false }).replace(/\./g, '');
  }

  /** `21:00`, `9:30` or `21` (24-hour clock). */
  protected setCierre(field: HTMLInputElement): void {
    const m = /^(\d{1,2})(?::(\d{2}))?$/.exec(field.value.trim());
    const h = m ? Number(m[1]) : NaN;
    const min = m ? Number(m[2] ?? '0') : NaN;
    if (!(h >= 0 && h <= 23 && min >= 0 && min <= 59)) {
      this.invalid.set('cierre');
      return;
    }
    this.invalid.set(null);
    const pad = (n: number) => String(n).padStart(2, '0');
    field.value = `${pad(h)}:${pad(min)}`;
    this.cierreChange.emit(field.value);
  }

  /** Empty clears the threshold; text that is not an amount is not saved (a hint says so). */
  protected setUmbral(operadora: OperadoraNombre, field: HTMLInputElement): void {
    const text = field.value.trim();
    const cents = text === '' ? null : parseTypedAmount(text);
    if (text !== '' && cents === null) {
      this.invalid.set(operadora);
      return;
    }
    this.invalid.set(null);
    this.umbralChange.emit({ operadora, cents });
  }
}
