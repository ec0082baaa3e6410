import { CsvValue, buildCsv, csvDecimal } from '../../../shared/csv';
import { toDecimalString } from '../../../shared/money';
import { HistoryFilter } from './history-filter';
import { HistoryRecord } from './history-index';

export type HistoryKind = 'recargas' | 'inyecciones';

/** Who sold a row, as the screen and the export show it. */
export type CajeroName = (idUsuario: number | null) => string;

/**
 * The rows shown, in the order shown: ISO date-time in UTC (a spreadsheet converts it), amounts
 * as `1500.00` (dot, two decimals, no thousands separator) so they stay numbers anywhere.
 * Text cells (the number, names) go through the CSV-injection guard of `shared/csv`.
 */
export function historyCsv(
  kind: HistoryKind,
  rows: readonly HistoryRecord[],
  order: Iterable<number>,
  cajero: CajeroName,
): string {
  const header =
    kind === 'recargas'
      ? ['id', 'fecha_hora', 'operadora', 'numero_cliente', 'monto', 'id_sesion', 'cajero']
      : ['id', 'fecha_hora', 'operadora', 'monto', 'id_sesion', 'cajero'];
  function* lines(): Generator<CsvValue[]> {
    for (const position of order) {
      const r = rows[position];
      const start = [r.id, r.fechaHora.toISOString(), r.operadora];
      const who = r.idUsuario === null ? '' : cajero(r.idUsuario);
      const end = [csvDecimal(toDecimalString(r.monto)), r.idSesion, who];
      yield kind === 'recargas' ? [...start, r.numeroCliente ?? '', ...end] : [...start, ...end];
    }
  }
  return buildCsv(header, lines());
}

/** `recargas_2026-11-01_2026-11-26.csv`; an open end reads `todo`, a session adds its id. */
export function historyCsvFilename(kind: HistoryKind, f: HistoryFilter): string {
  const range = !f.desde && !f.hasta ? 'todo' : `${f.desde ?? 'todo'}_${f.hasta ?? 'todo'}`;
  const sesion = f.sesion !== null ? `_sesion-${f.sesion}` : '';
  return `${kind}_${range}${sesion}.csv`;
}
