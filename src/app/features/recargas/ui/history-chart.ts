import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Cents, formatBs } from '../../../shared/money';
import { ChartData } from '../data-access/history-buckets';
import { dayToIso } from '../data-access/history-filter';
import { OPERADORAS } from '../data-access/operadora';

const W = 720;
const H = 180;
const PAD = { left: 8, right: 8, top: 8, bottom: 22 };
/** The global `op-*` class of each operator: it sets `--op-color` (src/styles.scss). */
const OP_CLASS = OPERADORAS.map((op) => `op-${op.toLowerCase()}`);

interface Bar {
  x: number;
  y: number;
  h: number;
  op: string;
}

/** `2026-11-25` -> `25/11`. */
function shortDay(day: number): string {
  const [, m, d] = dayToIso(day).split('-');
  return `${d}/${m}`;
}

/** `9` -> `09:00`. */
function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/**
 * Stacked bars per day (or week) and operator, drawn as inline SVG: no chart library in the
 * bundle. The SVG is an image whose name is a text summary; the legend is plain text. With
 * `unit="hora"` the buckets are the hours of one day (the resumen).
 */
@Component({
  selector: 'app-history-chart',
  templateUrl: './history-chart.html',
  styleUrl: './history-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryChart {
  readonly data = input.required<ChartData>();
  /** What a bucket's `from`/`to` count: Bolivian days (history) or hours of a day (resumen). */
  readonly unit = input<'dia' | 'hora'>('dia');
  protected readonly width = W;
  protected readonly height = H;
  protected readonly baseline = H - PAD.bottom;
  protected readonly legend = OPERADORAS.map((op, k) => ({ op, cls: OP_CLASS[k] }));

  protected readonly title = computed(() =>
    this.unit() === 'hora'
      ? 'Ventas por hora y operadora'
      : this.data().weekly
        ? 'Totales semanales por operadora'
        : 'Totales diarios por operadora',
  );
  private readonly label = computed(() => (this.unit() === 'hora' ? hourLabel : shortDay));

  protected readonly bars = computed<Bar[]>(() => {
    const { buckets, max } = this.data();
    const slot = (W - PAD.left - PAD.right) / Math.max(1, buckets.length);
    const scale = max > 0 ? (H - PAD.top - PAD.bottom) / max : 0;
    const bars: Bar[] = [];
    buckets.forEach((b, i) => {
      let y = H - PAD.bottom;
      b.cents.forEach((c, o) => {
        if (c <= 0) return;
        const h = Math.max(1, c * scale);
        y -= h;
        bars.push({ x: PAD.left + i * slot + slot * 0.15, y, h, op: OP_CLASS[o] });
      });
    });
    return bars;
  });
  protected readonly barWidth = computed(
    () => ((W - PAD.left - PAD.right) / Math.max(1, this.data().buckets.length)) * 0.7,
  );

  /** Labels under the first, middle and last bars (every third hour for hours). */
  protected readonly ticks = computed(() => {
    const { buckets } = this.data();
    const slot = (W - PAD.left - PAD.right) / Math.max(1, buckets.length);
    const at =
      this.unit() === 'hora'
        ? buckets.map((b, i) => (b.from % 3 === 0 ? i : -1)).filter((i) => i >= 0)
        : [...new Set([0, Math.floor((buckets.length - 1) / 2), buckets.length - 1])];
    const label = this.label();
    return at.map((i) => ({
      x: PAD.left + i * slot + slot / 2,
      text: label(buckets[i].to),
      anchor: i === 0 ? 'start' : i === buckets.length - 1 ? 'end' : 'middle',
    }));
  });

  /** The text alternative: range, busiest bar and the amount per operator. */
  protected readonly summary = computed(() => {
    const { buckets, max, weekly, capped } = this.data();
    if (!buckets.length) return '';
    const first = buckets[0];
    const last = buckets[buckets.length - 1];
    const top = buckets.find((b) => b.total === max) ?? first;
    const sums = OPERADORAS.map(
      (op, o) => `${op} ${formatBs(buckets.reduce((s, b) => s + b.cents[o], 0) as Cents)}`,
    );
    const hourly = this.unit() === 'hora';
    const unit = hourly ? 'Hora' : weekly ? 'Semana' : 'Día';
    const label = this.label();
    const range = hourly
      ? `de ${label(first.from)} a ${String(last.to).padStart(2, '0')}:59`
      : `del ${label(first.from)} al ${label(last.to)}`;
    return (
      `${this.title()} ${range}${capped ? ' (solo el tramo más reciente)' : ''}. ` +
      `${unit} con más monto: ${label(top.to)}, ${formatBs(max as Cents)}. ${sums.join(', ')}.`
    );
  });
  protected readonly maxLabel = computed(() => formatBs(this.data().max as Cents));
}
