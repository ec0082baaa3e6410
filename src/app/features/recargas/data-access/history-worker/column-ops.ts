import { Cents } from '../../../../shared/money';
import { OPERADORAS } from '../operadora';
import { ColumnBuilder, ColumnRow, HistoryColumns, HistoryList } from './columns';
import { numeroAt } from './numero-text';
import { Typed } from './typed-arrays';

/** Row i as an object, made only for what is shown (the visible rows, an export). */
export function rowAt(c: HistoryColumns, i: number): ColumnRow {
  const user = c.user[i];
  const row: ColumnRow = {
    id: c.id[i],
    operadora: OPERADORAS[c.op[i]],
    monto: c.cents[i] as Cents,
    fechaHora: new Date(c.time[i]),
    idSesion: c.sesion[i],
    idUsuario: user < 0 ? null : user,
  };
  if (c.list === 'recargas') row.numeroCliente = numeroAt(c, i);
  return row;
}

/** Rows as objects: all of them, or those that pass `test` (which reads the columns). */
export function rowsWhere(c: HistoryColumns, test?: (i: number) => boolean): ColumnRow[] {
  const out: ColumnRow[] = [];
  for (let i = 0; i < c.size; i++) if (!test || test(i)) out.push(rowAt(c, i));
  return out;
}

/** Columns of rows held as objects, newest first as given. */
export function columnsOf(list: HistoryList, rows: readonly ColumnRow[]): HistoryColumns {
  const builder = new ColumnBuilder(list);
  for (const r of rows) builder.addRow(r);
  return builder.finish();
}

/**
 * Both sets of rows, newest first (by date, then id), without repeating an id of `a` that
 * `b` holds too. Used for own operations (a handful of rows) added to a download.
 */
export function mergeColumns(a: HistoryColumns, b: HistoryColumns): HistoryColumns {
  if (b.size === 0) return a;
  const last = b.size - 1;
  const ahead =
    a.size === 0 ||
    b.time[last] > a.time[0] ||
    (b.time[last] === a.time[0] && b.id[last] > a.id[0]);
  if (ahead) return concatColumns(b, a);
  const ids = new Set(b.id);
  const out = new ColumnBuilder(a.list);
  let j = 0;
  const newer = (i: number) =>
    b.time[j] > a.time[i] || (b.time[j] === a.time[i] && b.id[j] > a.id[i]);
  for (let i = 0; i < a.size; i++) {
    if (ids.has(a.id[i])) continue;
    while (j < b.size && newer(i)) out.addFrom(b, j++);
    out.addFrom(a, i);
  }
  while (j < b.size) out.addFrom(b, j++);
  return out.finish();
}

/** `first` then `second`, array by array (the usual case: own new rows before a download). */
function concatColumns(first: HistoryColumns, second: HistoryColumns): HistoryColumns {
  const join = <A extends Typed>(x: A, y: A): A => {
    const out = new (x.constructor as new (n: number) => A)(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  const ends = (x: Uint32Array, y: Uint32Array, shift: number) => {
    const out = join(x, y);
    for (let i = x.length; i < out.length; i++) out[i] += shift;
    return out;
  };
  const plain = first.searchBytes === null && second.searchBytes === null;
  const searchBytes = (c: HistoryColumns) => c.searchBytes ?? c.numeroBytes;
  const searchEnd = (c: HistoryColumns) => c.searchEnd ?? c.numeroEnd;
  return {
    list: first.list,
    size: first.size + second.size,
    id: join(first.id, second.id),
    time: join(first.time, second.time),
    day: join(first.day, second.day),
    op: join(first.op, second.op),
    cents: join(first.cents, second.cents),
    sesion: join(first.sesion, second.sesion),
    user: join(first.user, second.user),
    numeroBytes: join(first.numeroBytes, second.numeroBytes),
    numeroEnd: ends(first.numeroEnd, second.numeroEnd, first.numeroBytes.length),
    digitMask: join(first.digitMask, second.digitMask),
    searchBytes: plain ? null : join(searchBytes(first), searchBytes(second)),
    searchEnd: plain ? null : ends(searchEnd(first), searchEnd(second), searchBytes(first).length),
    minDay: Math.min(first.minDay, second.minDay),
    maxDay: Math.max(first.maxDay, second.maxDay),
    hasUser: first.hasUser || second.hasUser,
  };
}
