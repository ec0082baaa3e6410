import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  HistoryFilter,
  QuickRange,
  activeQuickRange,
  boliviaDay,
} from '../data-access/history-filter';
import { OPERADORAS, OperadoraNombre } from '../data-access/operadora';

/** A change of the filter; `push` adds a browser history entry (discrete choices). */
export interface FilterChange {
  change: Partial<HistoryFilter>;
  push: boolean;
}

const QUICK_RANGES: readonly { range: QuickRange; label: string }[] = [
  { range: 'hoy', label: 'Hoy' },
  { range: 'ayer', label: 'Ayer' },
  { range: '7', label: '7 días' },
  { range: '30', label: '30 días' },
  { range: 'todo', label: 'Todo' },
];

/** The filter bar of a history: number (top-ups), operator, dates with quick ranges, session. */
@Component({
  selector: 'app-history-filters',
  imports: [MatFormField, MatLabel, MatInput, MatSelect, MatOption, MatButton],
  templateUrl: './history-filters.html',
  styleUrl: './history-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryFilters {
  readonly filter = input.required<HistoryFilter>();
  /** What is typed in `Buscar número` (may be ahead of the URL); null hides the field. */
  readonly numero = input<string | null>(null);
  /** The signed-in user's open session, for the `Mi sesión` shortcut. */
  readonly ownSesion = input<number | null>(null);
  readonly numeroChange = output<string>();
  readonly filterChange = output<FilterChange>();
  readonly quickRange = output<QuickRange>();

  protected readonly operadoras = OPERADORAS;
  protected readonly ranges = QUICK_RANGES;
  protected readonly active = computed(() =>
    activeQuickRange(this.filter(), boliviaDay(Date.now())),
  );

  protected setOperadora(value: OperadoraNombre | null): void {
    this.filterChange.emit({ change: { operadora: value }, push: true });
  }

  protected setDate(key: 'desde' | 'hasta', value: string): void {
    this.filterChange.emit({ change: { [key]: value === '' ? null : value }, push: false });
  }

  protected setSesion(text: string): void {
    const digits = text.replace(/\D/g, '');
    const sesion = digits === '' ? null : Number(digits);
    if (sesion !== this.filter().sesion)
      this.filterChange.emit({ change: { sesion: sesion || null }, push: false });
  }

  protected mySesion(): void {
    const sesion = this.ownSesion();
    if (sesion !== null)
      this.filterChange.emit({ change: { sesion, desde: null, hasta: null }, push: true });
  }
}
