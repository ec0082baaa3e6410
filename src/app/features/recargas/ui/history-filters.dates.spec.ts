import { TestBed } from '@angular/core/testing';
import { DateAdapter, MAT_DATE_FORMATS, MatDateFormats } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { isoToPickerDate, pickerDateToIso, provideBoDatepicker } from './history-filters.dates';

describe('history date fields (es-BO datepicker)', () => {
  let adapter: DateAdapter<Date>;
  let formats: MatDateFormats;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideBoDatepicker()] });
    adapter = TestBed.inject(DateAdapter);
    formats = TestBed.inject(MAT_DATE_FORMATS);
  });
  afterEach(() => jasmine.clock().uninstall());

  const typed = (text: string) => adapter.parse(text, formats.parse.dateInput);
  const shown = (date: Date) => adapter.format(date, formats.display.dateInput);

  it('reads what is typed day first and shows it as dd/mm/aaaa', () => {
    expect(shown(typed('5/1/2026') as Date)).toBe('05/01/2026');
    expect(shown(typed('25-11-2026') as Date)).toBe('25/11/2026');
    expect(pickerDateToIso(typed('25/11/2026') as Date)).toBe('2026-11-25');
  });

  it('marks a month-first or impossible date as invalid, and an empty field as no date', () => {
    expect(adapter.isValid(typed('11/25/2026') as Date)).toBeFalse();
    expect(adapter.isValid(typed('31/02/2026') as Date)).toBeFalse();
    expect(typed('  ')).toBeNull();
  });

  it('starts weeks on Monday and names the calendar in Spanish', () => {
    expect(adapter.getFirstDayOfWeek()).toBe(1);
    expect(adapter.getDayOfWeekNames('narrow')[1].toUpperCase()).toBe('L');
    expect(TestBed.inject(MatDatepickerIntl).openCalendarLabel).toBe('Abrir calendario');
    expect(adapter.format(isoToPickerDate('2026-11-25'), formats.display.monthYearA11yLabel)).toBe(
      'noviembre de 2026',
    );
  });

  it('takes today from the Bolivian calendar (UTC-4)', () => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-11-26T03:30:00Z'));
    expect(pickerDateToIso(adapter.today())).toBe('2026-11-25');
    jasmine.clock().mockDate(new Date('2026-11-26T04:00:00Z'));
    expect(pickerDateToIso(adapter.today())).toBe('2026-11-26');
  });

  it('keeps the calendar day whatever the time of the picked date', () => {
    expect(pickerDateToIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(isoToPickerDate('2026-01-05').getDate()).toBe(5);
  });
});
