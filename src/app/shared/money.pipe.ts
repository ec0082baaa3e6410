import { Pipe, PipeTransform } from '@angular/core';
import { Cents, formatBs } from './money';

/** `{{ saldo | bs }}` -> `Bs 1.500,00`. */
@Pipe({ name: 'bs' })
export class BsPipe implements PipeTransform {
  transform(value: Cents | null | undefined, symbol = true): string {
    return value === null || value === undefined ? '—' : formatBs(value, { symbol });
  }
}
