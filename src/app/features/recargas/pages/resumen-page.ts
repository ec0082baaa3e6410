import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import { MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { AuthService } from '../../../core/auth/auth.service';
import { dayToIso, isoToDay } from '../data-access/history-filter';
import { ResumenView } from '../data-access/resumen-view';
import { HistoryChart } from '../ui/history-chart';
import { HistoryLoading } from '../ui/history-loading';
import { isoToPickerDate, pickerDateToIso, provideBoDatepicker } from '../ui/history-filters.dates';
import { PoolsForecast } from '../ui/pools-forecast';
import { ResumenCajeros } from '../ui/resumen-cajeros';
import { ResumenOperadoras } from '../ui/resumen-operadoras';

/**
 * `/recargas/resumen`: the day at a glance (sales per operator and per cashier, who had a
 * till open, how long each pool lasts), read from the shared histories.
 */
@Component({
  selector: 'app-resumen-page',
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatSuffix,
    MatInput,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    HistoryLoading,
    HistoryChart,
    PoolsForecast,
    ResumenCajeros,
    ResumenOperadoras,
  ],
  // The same es-BO `dd/mm/aaaa` datepicker as the history's filters, in this lazy chunk only.
  providers: [provideBoDatepicker()],
  templateUrl: './resumen-page.html',
  styleUrl: './resumen-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ResumenPage {
  protected readonly v = new ResumenView();
  protected readonly supervisor = inject(AuthService).isSupervisor;
  protected readonly dayDate = computed(() => isoToPickerDate(dayToIso(this.v.day())));
  protected readonly todayDate = computed(() => isoToPickerDate(dayToIso(this.v.today())));

  protected pickDate(date: Date | null): void {
    const day = date ? isoToDay(pickerDateToIso(date)) : null;
    if (day !== null) this.v.pick(day);
  }
}
