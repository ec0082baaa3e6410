import { HistoryIndex } from './history-index';

export type SortKey = 'fecha' | 'operadora' | 'numero' | 'monto' | 'sesion' | 'cajero';
export interface HistorySort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** As the service sends it: newest first. Needs no sorting at all. */
export const DEFAULT_SORT: HistorySort = { key: 'fecha', dir: 'desc' };

const KEYS: readonly SortKey[] = ['fecha', 'operadora', 'numero', 'monto', 'sesion', 'cajero'];

/** `?orden=monto` ascending, `?orden=-monto` descending; anything else is the default. */
export function parseSort(param: string | null | undefined): HistorySort {
  if (!param) return DEFAULT_SORT;
  const desc = param.startsWith('-');
  const key = (desc ? param.slice(1) : param) as SortKey;
  return KEYS.includes(key) ? { key, dir: desc ? 'desc' : 'asc' } : DEFAULT_SORT;
}

export function sortToParam(sort: HistorySort): string | null {
  if (sort.key === DEFAULT_SORT.key && sort.dir === DEFAULT_SORT.dir) return null;
  return sort.dir === 'desc' ? `-${sort.key}` : sort.key;
}

/** A header click: the same column flips, another column starts ascending (dates: newest). */
export function nextSort(current: HistorySort, key: SortKey): HistorySort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'fecha' ? 'desc' : 'asc' };
}

// Positions are below 2^20 (a million rows) and the packed key stays an exact double.
const POSITION_BITS = 2 ** 20;

/**
 * Matches (positions, newest first) in the asked order; ties keep the newest first. Numeric
 * keys are packed with the position into one double and sorted natively, which is several
 * times faster than a comparator over 100,000 rows.
 */
export function sortMatches(
  index: HistoryIndex,
  matches: Uint32Array,
  sort: HistorySort,
): Uint32Array {
  const n = matches.length;
  if (sort.key === 'fecha') {
    return sort.dir === 'desc' ? matches : matches.slice().reverse();
  }
  const column =
    sort.key === 'numero'
      ? numeroRank(index)
      : sort.key === 'monto'
        ? index.cents
        : sort.key === 'sesion'
          ? index.sesion
          : sort.key === 'operadora'
            ? index.op
            : index.user;
  const sign = sort.dir === 'asc' ? 1 : -1;
  const packed = new Float64Array(n);
  for (let k = 0; k < n; k++) packed[k] = sign * column[matches[k]] * POSITION_BITS + k;
  packed.sort();
  const out = new Uint32Array(n);
  // Descending keys are negative: a true modulo gets the position back.
  for (let k = 0; k < n; k++)
    out[k] = matches[((packed[k] % POSITION_BITS) + POSITION_BITS) % POSITION_BITS];
  return out;
}

const ranks = new WeakMap<HistoryIndex, Uint32Array>();

/**
 * Each row's place in number order (equal numbers, equal rank): sorting strings is slow, so it
 * is done once per index, on the first sort by number, and later sorts are numeric.
 */
function numeroRank(index: HistoryIndex): Uint32Array {
  let rank = ranks.get(index);
  if (rank) return rank;
  const { digits } = index;
  const width = digits[0]?.length ?? 0;
  if (width > 0 && width <= 9 && digits.every((d) => d.length === width)) {
    // Numbers of one width (Bolivian mobiles: 8 digits) sort as text the way they do as numbers.
    rank = Uint32Array.from(digits, Number);
    ranks.set(index, rank);
    return rank;
  }
  const byNumero = Array.from({ length: index.size }, (_, i) => i).sort((a, b) =>
    digits[a] < digits[b] ? -1 : digits[a] > digits[b] ? 1 : 0,
  );
  rank = new Uint32Array(index.size);
  for (let k = 1; k < byNumero.length; k++) {
    const same = digits[byNumero[k]] === digits[byNumero[k - 1]];
    rank[byNumero[k]] = same ? rank[byNumero[k - 1]] : k;
  }
  ranks.set(index, rank);
  return rank;
}
