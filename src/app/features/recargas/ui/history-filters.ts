import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import { MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { BoliviaToday } from '../data-access/bolivia-today';
import { HistoryFilter, QuickRange, activeQuickRange } from '../data-access/history-filter';
import { renderInStages } from '../../../shared/staged-render';
import { OPERADORAS, OperadoraNombre } from '../data-access/operadora';
import { isoToPickerDate, pickerDateToIso, provideBoDatepicker } from './history-filters.dates';

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

type DateKey = 'desde' | 'hasta';
// The toggles' names leave out "Desde"/"Hasta", so a label finds only the field itself.
const DATE_FIELDS: readonly { key: DateKey; label: string; toggle: string }[] = [
  { key: 'desde', label: 'Desde', toggle: 'Abrir calendario (fecha inicial)' },
  { key: 'hasta', label: 'Hasta', toggle: 'Abrir calendario (fecha final)' },
];

/**
 * The filter bar of a history: number (top-ups), operator, dates with quick ranges, session.
 * Dates are Material datepickers in `dd/mm/aaaa` whatever the browser's language.
 */
@Component({
  selector: 'app-history-filters',
  imports: [
    MatFormField,
    MatLabel,
    MatHint,
    MatSuffix,
    MatInput,
    MatSelect,
    MatOption,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
  ],
  providers: [provideBoDatepicker()],
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

  /** 1: the operator select, 2: `Desde`, 3: `Hasta`, 4: `Sesión` (see renderInStages). */
  protected readonly stage = renderInStages(2 + DATE_FIELDS.length);
  protected readonly operadoras = OPERADORAS;
  protected readonly ranges = QUICK_RANGES;
  protected readonly dateFields = DATE_FIELDS;
  /** The filter's ISO days as the datepickers hold them. */
  protected readonly dates = computed(() => {
    const { desde, hasta } = this.filter();
    return {
      desde: desde ? isoToPickerDate(desde) : null,
      hasta: hasta ? isoToPickerDate(hasta) : null,
    };
  });
  /** The date field whose text is not a day (the filter keeps its last good value). */
  protected readonly invalid = linkedSignal<HistoryFilter, DateKey | null>({
    source: this.filter,
    computation: () => null, // a new filter rewrites the fields
  });
  private readonly today = inject(BoliviaToday).value;
  protected readonly active = computed(() => activeQuickRange(this.filter(), this.today()));

  protected setOperadora(value: OperadoraNombre | null): void {
    this.filterChange.emit({ change: { operadora: value }, push: true });
  }

  /** Typed (on blur or Enter) or picked; an emptied field lifts the limit. */
  protected setDate(key: DateKey, text: string, date: Date | null): void {
    if (date === null && text.trim() !== '') {
      this.invalid.set(key);
      return;
    }
    if (this.invalid() === key) this.invalid.set(null);
    const iso = date ? pickerDateToIso(date) : null;
    if (iso !== this.filter()[key]) this.filterChange.emit({ change: { [key]: iso }, push: false });
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
