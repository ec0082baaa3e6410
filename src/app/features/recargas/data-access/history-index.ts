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

/** Whether bytes[start, end) hold the bytes of q anywhere. */
function contains(bytes: Uint8Array, start: number, end: number, q: Uint8Array): boolean {
  const last = end - q.length;
  outer: for (let s = start; s <= last; s++) {
    for (let k = 0; k < q.length; k++) if (bytes[s + k] !== q[k]) continue outer;
    return true;
  }
  return false;
}

/** Filter, totals and daily sums in one pass over the index. */
export function queryIndex(index: HistoryIndex, f: HistoryFilter): HistoryResult {
  const from = f.desde ? (isoToDay(f.desde) ?? -Infinity) : -Infinity;
  const to = f.hasta ? (isoToDay(f.hasta) ?? Infinity) : Infinity;
  const op = f.operadora ? OPERADORAS.indexOf(f.operadora) : -1;
  const sesion = f.sesion ?? -1;
  const q = Uint8Array.from(searchDigits(f.numero), (c) => c.charCodeAt(0));
  const bytes = index.searchBytes ?? index.numeroBytes;
  const ends = index.searchEnd ?? index.numeroEnd;
  const { day, cents, op: ops, sesion: sesiones, size } = index;
  const firstDay = index.minDay;
  const days = index.size ? index.maxDay - firstDay + 1 : 0;
  const daily = new Float64Array(days * 3);
  const counts = [0, 0, 0];
  const sums = [0, 0, 0];
  const matches = new Uint32Array(index.size);
  let n = 0;
  for (let i = 0; i < size; i++) {
    const d = day[i];
    if (d < from || d > to) continue;
    const o = ops[i];
    if (op >= 0 && o !== op) continue;
    if (sesion >= 0 && sesiones[i] !== sesion) continue;
    if (q.length && !contains(bytes, i ? ends[i - 1] : 0, ends[i], q)) continue;
    if (o > 2) continue;
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
