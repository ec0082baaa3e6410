import { Injectable, Provider } from '@angular/core';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MAT_DATE_LOCALE,
  MatDateFormats,
  NativeDateAdapter,
} from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { boTextToIso, boliviaDay, dayToIso, isoToBoText } from '../data-access/history-filter';

/** The format the date inputs show and read; the calendar's own labels come from Intl. */
const BO_INPUT = 'dd/mm/aaaa';

const BO_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: BO_INPUT },
  display: {
    dateInput: BO_INPUT,
    monthLabel: { month: 'short' },
    monthYearLabel: { year: 'numeric', month: 'short' },
    dateA11yLabel: { year: 'numeric', month: 'long', day: 'numeric' },
    monthYearA11yLabel: { year: 'numeric', month: 'long' },
  },
};

/**
 * A calendar day as the datepicker holds it: local midnight of that day. Only the day counts
 * (the filter turns it into Bolivian bounds), so the browser's time zone does not matter.
 */
export function isoToPickerDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}

export function pickerDateToIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The native adapter with Bolivian habits whatever the browser's language: `dd/mm/aaaa` typed
 * and shown, weeks from Monday, and "today" on the Bolivian calendar (UTC-4).
 */
@Injectable()
export class BoDateAdapter extends NativeDateAdapter {
  override getFirstDayOfWeek(): number {
    return 1;
  }

  override today(): Date {
    return isoToPickerDate(dayToIso(boliviaDay(Date.now())));
  }

  override parse(value: unknown): Date | null {
    if (value instanceof Date) return value;
    if (typeof value !== 'string' || value.trim() === '') return null;
    const iso = boTextToIso(value);
    return iso === null ? this.invalid() : isoToPickerDate(iso);
  }

  // The formats hold our `dd/mm/aaaa` marker (a string) next to Intl options (objects).
  override format(date: Date, displayFormat: object | string): string {
    if (typeof displayFormat === 'string')
      return this.isValid(date) ? isoToBoText(pickerDateToIso(date)) : '';
    return super.format(date, displayFormat);
  }
}

@Injectable()
export class BoDatepickerIntl extends MatDatepickerIntl {
  override calendarLabel = 'Calendario';
  override openCalendarLabel = 'Abrir calendario';
  override closeCalendarLabel = 'Cerrar calendario';
  override prevMonthLabel = 'Mes anterior';
  override nextMonthLabel = 'Mes siguiente';
  override prevYearLabel = 'Año anterior';
  override nextYearLabel = 'Año siguiente';
  override prevMultiYearLabel = '24 años anteriores';
  override nextMultiYearLabel = '24 años siguientes';
  override switchToMonthViewLabel = 'Elegir fecha';
  override switchToMultiYearViewLabel = 'Elegir mes y año';
  override startDateLabel = 'Fecha inicial';
  override endDateLabel = 'Fecha final';
  override comparisonDateLabel = 'Rango de comparación';

  override formatYearRange(start: string, end: string): string {
    return `${start} – ${end}`;
  }

  override formatYearRangeLabel(start: string, end: string): string {
    return `${start} a ${end}`;
  }
}

/**
 * Provided by the history's filter bar, not app-wide: the datepicker and its adapter stay in
 * the history's lazy chunk, out of the counter's first load.
 */
export function provideBoDatepicker(): Provider[] {
  return [
    { provide: MAT_DATE_LOCALE, useValue: 'es-BO' },
    { provide: MAT_DATE_FORMATS, useValue: BO_DATE_FORMATS },
    { provide: DateAdapter, useClass: BoDateAdapter },
    { provide: MatDatepickerIntl, useClass: BoDatepickerIntl },
  ];
}
