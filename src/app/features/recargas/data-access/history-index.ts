import { Cents } from '../../../shared/money';
import { HistoryFilter, isoToDay, searchDigits } from './history-filter';
import { columnsOf } from './history-worker/column-ops';
import { HistoryColumns } from './history-worker/columns';
import { OPERADORAS, OperadoraNombre } from './operadora';

/** What both histories share; top-ups also carry the client's number. */
export interface HistoryRecord {
  id: number;
  operadora: OperadoraNombre;
  monto: Cents;
  fechaHora: Date;
  idSesion: number;
  idUsuario: number | null;
  numeroCliente?: string;
}

/**
 * The history's columns (built once per download by the worker, or from rows by buildIndex),
 * so a keystroke runs one tight loop over typed arrays instead of touching Date objects and
 * strings. `digits` (each row's number as text) is made on first use: only a sort by number
 * needs it.
 */
export interface HistoryIndex extends HistoryColumns {
  readonly digits: readonly string[];
}

export interface OperadoraTotal {
  operadora: OperadoraNombre;
  count: number;
  cents: Cents;
}

export interface HistoryResult {
  /** Positions in the store's rows (newest first) that pass the filter. */
  matches: Uint32Array;
  porOperadora: readonly OperadoraTotal[];
  total: { count: number; cents: Cents };
  /** Cents per day and operator: `[(day - firstDay) * 3 + op]`, over the index's days. */
  daily: { firstDay: number; cents: Float64Array } | null;
}

/** The index over columns, sharing their arrays. */
export function indexOf(columns: HistoryColumns): HistoryIndex {
  let texts: string[] | null = null;
  return {
    ...columns,
    get digits() {
      return (texts ??= searchTexts(columns));
    },
  };
}

/** For rows already held as objects (specs, small lists). */
export function buildIndex(rows: readonly HistoryRecord[]): HistoryIndex {
  const list = rows.some((r) => r.numeroCliente !== undefined) ? 'recargas' : 'inyecciones';
  return indexOf(columnsOf(list, rows));
}

function searchTexts(c: HistoryColumns): string[] {
  const bytes = c.searchBytes ?? c.numeroBytes;
  const ends = c.searchEnd ?? c.numeroEnd;
  const text = new TextDecoder('latin1').decode(bytes);
  const out = new Array<string>(c.size);
  for (let i = 0; i < c.size; i++) out[i] = text.slice(i ? ends[i - 1] : 0, ends[i]);
  return out;
}

/**
 * The cashiers of a user column, each once (no -1 for "not said"): rows come grouped by
 * session, so a run of one cashier costs one comparison, not a Set insertion per row.
 */
export function distinctUsers(user: Int32Array): number[] {
  const seen = new Set<number>();
  let last = -1;
  for (const u of user) {
    if (u === last) continue;
    last = u;
    if (u > 0) seen.add(u);
  }
  return [...seen];
}

/** Whether bytes[start, end) hold the bytes of q anywhere. */
function contains(bytes: Uint8Array, start: number, end: number, q: Uint8Array): boolean {
  const last = end - q.length;
  const first = q[0];
  outer: for (let s = start; s <= last; s++) {
    if (bytes[s] !== first) continue;
    for (let k = 1; k < q.length; k++) if (bytes[s + k] !== q[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Filter, totals and daily sums in one pass over the index, or only over the positions
 * `within` (ascending) when the caller knows every match is among them.
 */
export function queryIndex(
  index: HistoryIndex,
  f: HistoryFilter,
  within?: Uint32Array,
): HistoryResult {
  const from = f.desde ? (isoToDay(f.desde) ?? -Infinity) : -Infinity;
  const to = f.hasta ? (isoToDay(f.hasta) ?? Infinity) : Infinity;
  const op = f.operadora ? OPERADORAS.indexOf(f.operadora) : -1;
  const sesion = f.sesion ?? -1;
  const q = Uint8Array.from(searchDigits(f.numero), (c) => c.charCodeAt(0));
  const bytes = index.searchBytes ?? index.numeroBytes;
  const ends = index.searchEnd ?? index.numeroEnd;
  const { day, cents, op: ops, sesion: sesiones, size } = index;
  // Bit d of digitMask[i]: row i's number holds the digit d (made by the worker).
  const rowMasks = q.length ? index.digitMask : null;
  let want = 0;
  for (const c of q) want |= 1 << (c - 0x30);
  const firstDay = index.minDay;
  const days = index.size ? index.maxDay - firstDay + 1 : 0;
  const daily = new Float64Array(days * 3);
  const sums = new Float64Array(3);
  const counts = new Uint32Array(3);
  const count = within ? within.length : size;
  const matches = new Uint32Array(count);
  let n = 0;
  for (let k = 0; k < count; k++) {
    const i = within === undefined ? k : within[k];
    const d = day[i];
    if (d < from || d > to) continue;
    const o = ops[i];
    if (o > 2 || (op >= 0 && o !== op)) continue;
    if (sesion >= 0 && sesiones[i] !== sesion) continue;
    if (rowMasks !== null) {
      if ((rowMasks[i] & want) !== want) continue;
      if (q.length > 1 && !contains(bytes, i ? ends[i - 1] : 0, ends[i], q)) continue;
    }
    matches[n++] = i;
    counts[o]++;
    sums[o] += cents[i];
    daily[(d - firstDay) * 3 + o] += cents[i];
  }
  return {
    matches: matches.slice(0, n),
    porOperadora: OPERADORAS.map((operadora, k) => ({
      operadora,
      count: counts[k],
      cents: sums[k] as Cents,
    })),
    total: { count: n, cents: (sums[0] + sums[1] + sums[2]) as Cents },
    daily: days ? { firstDay, cents: daily } : null,
  };
}

/** Queries kept per index: enough to step back through a number typed digit by digit. */
const KEPT_QUERIES = 8;

/**
 * `queryIndex` for a screen where the filter changes a key at a time: a search that extends an
 * earlier one (`765` after `76`, other fields equal) scans only the earlier matches, since any
 * number holding `765` holds `76`; a search met again (Backspace) is answered from memory.
 * Only the first digit typed scans the whole history.
 */
export class IncrementalQuery {
  private index: HistoryIndex | null = null;
  private kept: { rest: string; digits: string; result: HistoryResult }[] = [];

  run(index: HistoryIndex, f: HistoryFilter): HistoryResult {
    if (index !== this.index) {
      this.index = index;
      this.kept = [];
    }
    const rest = `${f.operadora}|${f.desde}|${f.hasta}|${f.sesion}`;
    const digits = searchDigits(f.numero);
    const same = this.kept.findIndex((q) => q.rest === rest && q.digits === digits);
    if (same >= 0) {
      const [hit] = this.kept.splice(same, 1);
      this.kept.unshift(hit);
      return hit.result;
    }
    let narrowest: HistoryResult | undefined;
    for (const q of this.kept) {
      if (q.rest !== rest || !digits.includes(q.digits)) continue;
      if (!narrowest || q.result.matches.length < narrowest.matches.length) narrowest = q.result;
    }
    const result = queryIndex(index, f, narrowest?.matches);
    this.kept.unshift({ rest, digits, result });
    this.kept.length = Math.min(this.kept.length, KEPT_QUERIES);
    return result;
  }
}
