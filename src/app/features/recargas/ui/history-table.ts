import { BoDatePipe } from '../../../shared/bo-date';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { BsPipe } from '../../../shared/money.pipe';
import { groupPhone } from '../../../shared/phone';
import { idleAfter } from '../../../shared/staged-render';
import { CajeroName } from '../data-access/history-csv';
import { HistoryRecord } from '../data-access/history-index';
import { HistorySort, SortKey } from '../data-access/history-sort';

export interface RowSource {
  readonly length: number;
  slice(start?: number, end?: number): HistoryRecord[];
}

interface Column {
  key: SortKey;
  label: string;
  numeric?: boolean;
}

/** Fixed, so the window knows where each row is without measuring it. */
export const ROW_HEIGHT_PX = 40;
/** Rows rendered above and below the visible ones, so a fast scroll shows no blank. */
const BUFFER_ROWS = 6;
/**
 * Rows in the first frame that has any: the rest of the view and the buffer follow an idle
 * moment later (each row costs ~1.5 ms of style, layout and paint here).
 */
const FIRST_FRAME_ROWS = 6;

/**
 * The rows of a history as an ARIA table of divs whose body is a scrolled window: only the rows
 * in view (plus a small buffer) are in the DOM, whatever the row count. Hand-made rather than
 * the CDK's virtual scroll, whose module would land in the initial bundle (shared with the
 * overlay) and grow the counter screen by ~28 kB. Headers sort.
 */
@Component({
  selector: 'app-history-table',
  imports: [BoDatePipe, BsPipe],
  templateUrl: './history-table.html',
  styleUrl: './history-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryTable {
  /** An array, or a list that makes row objects only for the slice shown. */
  readonly rows = input.required<RowSource>();
  readonly label = input.required<string>();
  readonly showNumero = input(false);
  readonly showCajero = input(false);
  readonly sort = input.required<HistorySort>();
  readonly cajeroName = input.required<CajeroName>();
  readonly sortChange = output<SortKey>();

  protected readonly rowHeight = ROW_HEIGHT_PX;
  private readonly body = viewChild<ElementRef<HTMLElement>>('body');
  private readonly scrollTop = signal(0);
  private readonly height = signal(bodyHeight());
  private readonly destroyRef = inject(DestroyRef);
  /** False in the first frame with rows: it draws only FIRST_FRAME_ROWS, then the full window. */
  private readonly settled = idleAfter(computed(() => this.rows().length > 0));
  private readonly top = computed(() => Math.floor(this.scrollTop() / ROW_HEIGHT_PX));
  protected readonly first = computed(() =>
    Math.max(0, this.top() - (this.settled() ? BUFFER_ROWS : 0)),
  );
  protected readonly visible = computed(() => {
    const last = this.settled()
      ? Math.ceil((this.scrollTop() + this.height()) / ROW_HEIGHT_PX) + BUFFER_ROWS
      : this.top() + FIRST_FRAME_ROWS;
    return this.rows().slice(this.first(), last);
  });
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

  constructor() {
    // The body's height is known from the CSS, so the first render reads no layout (a forced
    // layout there ran 15-70 ms); the observer corrects it after the browser's own layout.
    afterNextRender(() => {
      const body = this.body()?.nativeElement;
      if (!body || typeof ResizeObserver !== 'function') return;
      const observer = new ResizeObserver(([entry]) =>
        this.height.set(entry.contentRect.height || bodyHeight()),
      );
      observer.observe(body);
      this.destroyRef.onDestroy(() => observer.disconnect());
    });
    // Other rows (filter, order): back to the top, as a new list.
    effect(() => {
      this.rows();
      untracked(() => {
        // The signal, not the element: reading its scrollTop would force a layout mid-render.
        // (A scroll whose event has not fired yet when the list changes keeps its offset; the
        // rows and their aria-rowindex stay right.)
        if (this.scrollTop() === 0) return;
        const body = this.body()?.nativeElement;
        if (body) body.scrollTop = 0;
        this.scrollTop.set(0);
      });
    });
  }

  protected scrolled(body: HTMLElement): void {
    this.scrollTop.set(body.scrollTop);
  }
}

/** `.body { height: min(60vh, 480px) }` in history-table.scss, without asking the layout. */
function bodyHeight(): number {
  const viewport = typeof window === 'undefined' ? 800 : window.innerHeight;
  return Math.min(Math.round(viewport * 0.6), 480) || 480;
}

const GRID: Record<SortKey, string> = {
  fecha: 'minmax(140px, 1.2fr)',
  operadora: 'minmax(90px, 0.8fr)',
  numero: 'minmax(100px, 1fr)',
  monto: 'minmax(110px, 1fr)',
  sesion: 'minmax(70px, 0.6fr)',
  cajero: 'minmax(120px, 1.2fr)',
};
