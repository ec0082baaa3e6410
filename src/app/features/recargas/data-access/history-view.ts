import {
  DestroyRef,
  Signal,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Params, Router } from '@angular/router';
import { Subject, debounceTime } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { UsuariosStore } from '../../../core/users/usuarios.store';
import { CallState } from '../../../core/http/call-state';
import { downloadText } from '../../../shared/csv';
import { whenIdle } from '../../../shared/staged-render';
import { BoliviaToday } from './bolivia-today';
import { chartBuckets } from './history-buckets';
import { CajeroName, HistoryKind, historyCsv, historyCsvFilename } from './history-csv';
import {
  HistoryFilter,
  QuickRange,
  defaultFilter,
  filterToParams,
  parseFilterParams,
  quickRange,
  sameFilter,
} from './history-filter';
import {
  HistoryIndex,
  HistoryRecord,
  IncrementalQuery,
  buildIndex,
  distinctUsers,
  indexOf,
  queryIndex,
} from './history-index';
import { rowAt } from './history-worker/column-ops';
import { HistoryColumns } from './history-worker/columns';
import {
  HistorySort,
  SortKey,
  nextSort,
  parseSort,
  sortMatches,
  sortToParam,
} from './history-sort';

/** What a history screen reads from its store (RecargasHistoryStore, InyeccionesHistoryStore). */
export interface HistorySource<T extends HistoryRecord> {
  rows: Signal<readonly T[] | null>;
  state: Signal<CallState>;
  progress: Signal<{ loaded: number; total: number | null } | null>;
  refreshing: Signal<boolean>;
  loadedAt: Signal<Date | null>;
  stale: Signal<boolean>;
  ensureLoaded(): void;
  reload(): void;
  /** The complete history as columns; without it the view indexes `rows()`. */
  columns?: Signal<HistoryColumns | null>;
  /** The first rows of a first download still arriving: shown, not totalled. */
  preview?: Signal<HistoryColumns | null>;
}

/** The rows shown, made as objects only for the part that is asked (the visible window). */
export class RowList<T> {
  constructor(
    readonly length: number,
    private readonly at: (k: number) => T,
  ) {}

  slice(start = 0, end = this.length): T[] {
    const out: T[] = [];
    for (let k = Math.max(0, start); k < Math.min(end, this.length); k++) out.push(this.at(k));
    return out;
  }

  map<U>(f: (row: T, k: number) => U): U[] {
    return this.slice().map(f);
  }
}

/** The URL is written this long after the last keystroke; the rows follow at once. */
const URL_WRITE_DELAY_MS = 250;

/**
 * The state of one history screen, for its page: the filter lives in the URL query; the index
 * is built once per download and each filter change is one pass over it. Create it in the
 * page's injection context.
 */
export class HistoryView<T extends HistoryRecord = HistoryRecord> {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthService);
  private readonly sesionCaja = inject(SesionCajaStore);
  private readonly usuarios = inject(UsuariosStore);
  private readonly params = toSignal(this.route.queryParams, { requireSync: true });
  private readonly numeroWrites = new Subject<void>();
  /** Moves on at midnight: a screen left open overnight without a filter shows the new day. */
  private readonly today = inject(BoliviaToday).value;

  readonly ownSesion = computed(() => {
    const s = this.sesionCaja.sesion();
    return s?.estado === 'ABIERTA' ? s.id : null;
  });
  private readonly urlFilter = computed(() => parseFilterParams(this.params()));
  /** What is typed in `Buscar número`: filters at once, reaches the URL a little later. */
  readonly numero = linkedSignal(() => this.urlFilter()?.numero ?? '');
  /** Equal by value: the URL catching up with what was typed recomputes nothing. */
  readonly filter = computed<HistoryFilter>(
    () => {
      const base =
        this.urlFilter() ??
        defaultFilter(this.auth.user()?.role ?? null, this.ownSesion(), this.today());
      return { ...base, numero: this.kind === 'recargas' ? this.numero() : '' };
    },
    { equal: sameFilter },
  );
  readonly sort = computed(
    () => {
      const orden: unknown = this.params()['orden'];
      return parseSort(typeof orden === 'string' ? orden : null);
    },
    { equal: (a, b) => a.key === b.key && a.dir === b.dir },
  );
  /** The person's name (GET /usuario/:id, asked once per id); reactive where it is read. */
  readonly cajeroName = computed<CajeroName>(() => (id) => this.usuarios.label(id));
  /** True while an export waits for its cashiers' names. */
  readonly exporting = signal(false);
  /** The screen is gone (an export waiting for names then downloads nothing). */
  private destroyed = false;

  /** Complete columns, or the first rows of a first download (then without totals). */
  private readonly table = computed(() => {
    const { columns, preview, rows } = this.source;
    const complete = columns ? columns() : rowsIndex(rows());
    if (complete) return { index: indexOf(complete), complete: true };
    const first = preview?.() ?? null;
    return first ? { index: indexOf(first), complete: false } : null;
  });
  /** False while only the first rows are in: totals, chart and export wait for the rest. */
  readonly complete = computed(() => this.table()?.complete ?? false);
  readonly index = computed(() => this.table()?.index ?? null);
  private readonly queries = new IncrementalQuery();
  readonly result = computed(() => {
    const index = this.index();
    return index ? this.queries.run(index, this.filter()) : null;
  });
  private readonly order = computed(() => {
    const index = this.index();
    const result = this.result();
    return index && result ? sortMatches(index, result.matches, this.sort()) : null;
  });
  /** The rows shown, in order: an array of references, the virtual table renders a window. */
  readonly shown = computed<RowList<T>>(() => {
    const index = this.index();
    const order = this.order() ?? new Uint32Array(0);
    return new RowList(index ? order.length : 0, (k) => rowAt(index!, order[k]) as T);
  });
  readonly chart = computed(() => {
    const result = this.result();
    return result ? chartBuckets(result, this.filter()) : null;
  });

  constructor(
    readonly kind: HistoryKind,
    readonly source: HistorySource<T>,
  ) {
    source.ensureLoaded();
    // Every cashier of the history at once, so scrolling and the export find names ready; when
    // the page is next idle, not in the task that brings the rows (a pass over every row; the
    // rows on screen ask for their own names meanwhile).
    effect((onCleanup) => {
      const index = this.index();
      if (index) onCleanup(whenIdle(() => this.usuarios.request(distinctUsers(index.user))));
    });
    // The queries the screen will run, on a few hundred rows, when the page is next idle after
    // the first rows (or the rows) arrive: the whole history's first query and the first digit
    // typed then run code V8 has already compiled, not its interpreter over 100,000 rows.
    let warmed = false;
    effect((onCleanup) => {
      const index = this.index();
      if (!index || warmed) return;
      onCleanup(
        whenIdle(() => {
          warmed = true;
          warmQueries(index, untracked(this.filter), kind === 'recargas');
        }),
      );
    });
    const destroyRef = inject(DestroyRef);
    destroyRef.onDestroy(() => (this.destroyed = true));
    this.numeroWrites
      .pipe(debounceTime(URL_WRITE_DELAY_MS), takeUntilDestroyed(destroyRef))
      .subscribe(() => this.navigate(this.filter(), this.sort(), false));
  }

  setNumero(text: string): void {
    this.numero.set(text);
    this.numeroWrites.next();
  }

  update(change: Partial<HistoryFilter>, push = true): void {
    this.navigate({ ...this.filter(), ...change }, this.sort(), push);
  }

  applyQuickRange(range: QuickRange): void {
    this.update(quickRange(range, this.today()));
  }

  sortBy(key: SortKey): void {
    this.navigate(this.filter(), nextSort(this.sort(), key), false);
  }

  /**
   * The rows shown, as a CSV download, once the names of their cashiers are in (a name still
   * on its way would be written `…` for good).
   */
  async exportCsv(): Promise<void> {
    const index = this.index();
    if (!index || !this.order() || !this.complete() || this.exporting()) return;
    this.exporting.set(true);
    try {
      await this.usuarios.whenAnswered(distinctUsers(index.user));
    } finally {
      this.exporting.set(false);
    }
    // What is shown now (the filter may have changed meanwhile), if still shown.
    const shown = this.index();
    const order = this.order();
    if (this.destroyed || !shown || !order || !this.complete()) return;
    // Objects only for the rows exported, at their positions.
    const rows: HistoryRecord[] = [];
    for (const position of order) rows[position] = rowAt(shown, position);
    const csv = historyCsv(this.kind, rows, order, this.cajeroName());
    downloadText(historyCsvFilename(this.kind, this.filter()), csv);
  }

  private navigate(f: HistoryFilter, sort: HistorySort, push: boolean): void {
    const queryParams: Params = filterToParams(f);
    const orden = sortToParam(sort);
    if (orden) queryParams['orden'] = orden;
    void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: !push });
  }
}

/** A source without columns: its rows indexed here (specs, small lists). */
function rowsIndex(rows: readonly HistoryRecord[] | null): HistoryColumns | null {
  return rows ? buildIndex(rows) : null;
}

/** Rows and rounds of the warm-up: ~36,000 rows scanned in all, a few ms. */
const WARM_ROWS = 600;
const WARM_ROUNDS = 20;
const WARM_MAX_DAYS = 3 * 366;

/**
 * The screen's queries (as loaded; a digit; two digits within its matches) run over the first
 * rows, results dropped (see the constructor).
 */
function warmQueries(index: HistoryIndex, filter: HistoryFilter, numbers: boolean): void {
  // Each query sums per day over the rows' span of days: a stray far-off date makes that large.
  if (index.maxDay - index.minDay > WARM_MAX_DAYS) return;
  const sample = Uint32Array.from({ length: Math.min(index.size, WARM_ROWS) }, (_, k) => k);
  for (let round = 0; round < WARM_ROUNDS; round++) {
    queryIndex(index, filter, sample);
    if (!numbers) continue;
    const one = queryIndex(index, { ...filter, numero: '7' }, sample);
    queryIndex(index, { ...filter, numero: '76' }, one.matches);
  }
}
