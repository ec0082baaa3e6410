import { Cents } from '../../../shared/money';
import { HistoryFilter, boliviaDay, isoToDay, searchDigits } from './history-filter';
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
 * Column arrays derived once per download (100,000 rows), so that a keystroke runs one tight
 * loop over typed arrays instead of touching Date objects and formatting strings.
 */
export interface HistoryIndex {
  size: number;
  day: Int32Array;
  op: Uint8Array;
  cents: Float64Array;
  sesion: Int32Array;
  /** -1 when the row does not say who sold it. */
  user: Int32Array;
  digits: readonly string[];
  minDay: number;
  maxDay: number;
  hasUser: boolean;
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

export function buildIndex(rows: readonly HistoryRecord[]): HistoryIndex {
  const size = rows.length;
  const index: HistoryIndex = {
    size,
    day: new Int32Array(size),
    op: new Uint8Array(size),
    cents: new Float64Array(size),
    sesion: new Int32Array(size),
    user: new Int32Array(size),
    digits: new Array<string>(size),
    minDay: Infinity,
    maxDay: -Infinity,
    hasUser: false,
  };
  const digits = index.digits as string[];
  for (let i = 0; i < size; i++) {
    const r = rows[i];
    const day = boliviaDay(r.fechaHora.getTime());
    index.day[i] = day;
    if (day < index.minDay) index.minDay = day;
    if (day > index.maxDay) index.maxDay = day;
    index.op[i] = OPERADORAS.indexOf(r.operadora);
    index.cents[i] = r.monto;
    index.sesion[i] = r.idSesion;
    index.user[i] = r.idUsuario ?? -1;
    if (r.idUsuario !== null) index.hasUser = true;
    const numero = r.numeroCliente ?? '';
    // The service stores what was sent: normally 8 digits, shared as is (no copy).
    digits[i] = /^\d*$/.test(numero) ? numero : searchDigits(numero);
  }
  return index;
}

/** Filter, totals and daily sums in one pass over the index. */
export function queryIndex(index: HistoryIndex, f: HistoryFilter): HistoryResult {
  const from = f.desde ? (isoToDay(f.desde) ?? -Infinity) : -Infinity;
  const to = f.hasta ? (isoToDay(f.hasta) ?? Infinity) : Infinity;
  const op = f.operadora ? OPERADORAS.indexOf(f.operadora) : -1;
  const sesion = f.sesion ?? -1;
  const q = searchDigits(f.numero);
  const { day, cents, digits } = index;
  const firstDay = index.minDay;
  const days = index.size ? index.maxDay - firstDay + 1 : 0;
  const daily = new Float64Array(days * 3);
  const counts = [0, 0, 0];
  const sums = [0, 0, 0];
  const matches = new Uint32Array(index.size);
  let n = 0;
  for (let i = 0; i < index.size; i++) {
    const d = day[i];
    if (d < from || d > to) continue;
    const o = index.op[i];
    if (op >= 0 && o !== op) continue;
    if (sesion >= 0 && index.sesion[i] !== sesion) continue;
    if (q !== '' && !digits[i].includes(q)) continue;
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
