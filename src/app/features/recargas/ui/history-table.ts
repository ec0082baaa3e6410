import {
  CdkFixedSizeVirtualScroll,
  CdkVirtualForOf,
  CdkVirtualScrollViewport,
} from '@angular/cdk/scrolling';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { BsPipe } from '../../../shared/money.pipe';
import { groupPhone } from '../../../shared/phone';
import { CajeroName } from '../data-access/history-csv';
import { HistoryRecord } from '../data-access/history-index';
import { HistorySort, SortKey } from '../data-access/history-sort';

interface Column {
  key: SortKey;
  label: string;
  numeric?: boolean;
}

/** Fixed, so the virtual scroll knows where each row is without measuring it. */
export const ROW_HEIGHT_PX = 40;

/**
 * The rows of a history as an ARIA table of divs whose body is a virtual scroll viewport: only
 * the rows in view (plus a small buffer) are in the DOM, whatever the row count. Headers sort.
 */
@Component({
  selector: 'app-history-table',
  imports: [CdkVirtualScrollViewport, CdkFixedSizeVirtualScroll, CdkVirtualForOf, DatePipe, BsPipe],
  templateUrl: './history-table.html',
  styleUrl: './history-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryTable {
  readonly rows = input.required<readonly HistoryRecord[]>();
  readonly label = input.required<string>();
  readonly showNumero = input(false);
  readonly showCajero = input(false);
  readonly sort = input.required<HistorySort>();
  readonly cajeroName = input.required<CajeroName>();
  readonly sortChange = output<SortKey>();

  protected readonly rowHeight = ROW_HEIGHT_PX;
  protected readonly columns = computed<Column[]>(() => [
    { key: 'fecha', label: 'Fecha' },
    { key: 'operadora', label: 'Operadora' },
    ...(this.showNumero() ? [{ key: 'numero' as const, label: 'Número' }] : []),
    { key: 'monto', label: 'Monto', numeric: true },
    { key: 'sesion', label: 'Sesión', numeric: true },
    ...(this.showCajero() ? [{ key: 'cajero' as const, label: 'Cajero' }] : []),
  ]);
  protected readonly grid = computed(() =>
    this.columns()
      .map((c) => GRID[c.key])
      .join(' '),
  );
  protected readonly phone = groupPhone;

  protected ariaSort(key: SortKey): 'ascending' | 'descending' | null {
    const sort = this.sort();
    if (sort.key !== key) return null;
    return sort.dir === 'asc' ? 'ascending' : 'descending';
  }

  protected trackById = (_: number, row: HistoryRecord) => row.id;
}

const GRID: Record<SortKey, string> = {
  fecha: 'minmax(140px, 1.2fr)',
  operadora: 'minmax(90px, 0.8fr)',
  numero: 'minmax(100px, 1fr)',
  monto: 'minmax(110px, 1fr)',
  sesion: 'minmax(70px, 0.6fr)',
  cajero: 'minmax(120px, 1.2fr)',
};
