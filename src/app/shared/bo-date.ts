import { Pipe, PipeTransform } from '@angular/core';

/** Bolivia is UTC-4 all year (no daylight saving), so a fixed offset is exact. */
export const BOLIVIA_OFFSET_MS = -4 * 3_600_000;

export type BoDateFormat = 'fecha-hora' | 'fecha-hora-seg' | 'hora' | 'fecha';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `25/11/2026 14:03` in Bolivian time, whatever the browser's zone. Hand-written instead of
 * DatePipe: the history table formats thousands of rows, and the counter's first load stays
 * without Angular's date formatting code.
 */
export function formatBoDate(date: Date, format: BoDateFormat = 'fecha-hora'): string {
  const t = new Date(date.getTime() + BOLIVIA_OFFSET_MS);
  const fecha = `${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
  const hora = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  switch (format) {
    case 'fecha':
      return fecha;
    case 'hora':
      return hora;
    case 'fecha-hora-seg':
      return `${fecha} ${hora}:${pad(t.getUTCSeconds())}`;
    default:
      return `${fecha} ${hora}`;
  }
}

/** `{{ fecha | boDate }}`, `{{ fecha | boDate: 'hora' }}`. */
@Pipe({ name: 'boDate' })
export class BoDatePipe implements PipeTransform {
  transform(value: Date | null | undefined, format: BoDateFormat = 'fecha-hora'): string {
    return value ? formatBoDate(value, format) : '—';
  }
}
