import type { SesionCajaDto } from '../../../../core/session/caja.dto';
import {
  HISTORIAL_CLIENTES_BODY,
  HISTORIAL_INYECCIONES_BODY,
} from '../../../../../testing/fixtures';
import { InyeccionOperadoraDto, RecargaClienteDto } from '../recargas.dto';
import { toInyeccionOperadora, toRecargaCliente } from '../recargas.mapper';
import { ColumnBuilder, HistoryColumns, HistoryList } from './columns';
import { RowScanner } from './row-scanner';

const encoder = new TextEncoder();

/** The columns RowScanner reads from the text of the rows (elements separated by commas). */
function scanned(list: HistoryList, text: string) {
  const builder = new ColumnBuilder(list);
  new RowScanner(builder).scan(encoder.encode(text));
  return { columns: plain(builder.finish()), sesiones: [...builder.sesiones] };
}

/**
 * The columns made from the same rows through JSON.parse and the app's boundary mapper (what
 * the page holds for a row of its own), and each embedded session once.
 */
function parsed(list: HistoryList, text: string) {
  const builder = new ColumnBuilder(list);
  const sesiones = new Map<number, SesionCajaDto>();
  for (const dto of JSON.parse(`[${text}]`) as (RecargaClienteDto & InyeccionOperadoraDto)[]) {
    const recarga = list === 'recargas';
    builder.addRow(recarga ? toRecargaCliente(dto) : toInyeccionOperadora(dto));
    const sesion = recarga ? dto.caja_sesion : dto.caja_origen;
    if (sesion && !sesiones.has(sesion.id)) sesiones.set(sesion.id, sesion);
  }
  return { columns: plain(builder.finish()), sesiones: [...sesiones] };
}

function plain(c: HistoryColumns) {
  return Object.fromEntries(
    Object.entries(c).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as never) : v]),
  );
}

const body = (rows: unknown[], space?: number) =>
  rows.map((r) => JSON.stringify(r, null, space)).join(space ? ',\n ' : ',');

describe('RowScanner', () => {
  it('reads the real service rows exactly as JSON.parse would (top-ups and injections)', () => {
    const recargas = body(HISTORIAL_CLIENTES_BODY);
    expect(scanned('recargas', recargas)).toEqual(parsed('recargas', recargas));
    const inyecciones = body(HISTORIAL_INYECCIONES_BODY);
    expect(scanned('inyecciones', inyecciones)).toEqual(parsed('inyecciones', inyecciones));
  });

  it('reads the fields it keeps whatever their order, spacing and neighbours', () => {
    const [row] = HISTORIAL_CLIENTES_BODY as Record<string, unknown>[];
    const odd = [
      Object.fromEntries(Object.entries(row).reverse()),
      {
        nota: 'comillas \\" llaves {}[], y "id":99 dentro de un texto',
        extra: [1, { id: 7, fecha_hora: 'no' }, [null, true, false, -2.5e3]],
        ...row,
        id: 901,
        numero_cliente: 'ñ 7654-3210 🎉',
        monto: 10.555,
        caja_sesion: null,
      },
      { ...row, id: 902, monto: '  1500.10 ', operadora: 'Desconocida', numero_cliente: '7\u00e9' },
    ];
    for (const text of [body(odd), body(odd, 2)])
      expect(scanned('recargas', text)).toEqual(parsed('recargas', text));
    expect(scanned('recargas', body(odd)).columns['cents']).toEqual([1056, 1056, 150010]);
  });

  it('ends each string at its real closing quote, after any run of backslashes', () => {
    const [row] = HISTORIAL_CLIENTES_BODY as Record<string, unknown>[];
    const rows = ['\\', 'a\\"b', '\\\\"', '"', '7\\\\'].map((s, i) => ({
      nota: s,
      ...row,
      id: 300 + i,
      numero_cliente: s,
    }));
    const text = body(rows);
    expect(scanned('recargas', text)).toEqual(parsed('recargas', text));
  });

  it('reads dates and amounts in every form the mapper accepts, as the mapper does', () => {
    const [row] = HISTORIAL_CLIENTES_BODY as Record<string, unknown>[];
    const fechas = [
      '2026-11-25T15:00:00.000Z',
      '2026-11-25T15:00:00Z',
      '2026-11-25T15:00:00.5Z',
      '2026-11-25T15:00:00.000-04:00',
      '2026-02-31T10:00:00.000Z',
      '2026-11-25T24:00:00.000Z',
      '2026-13-01T10:00:00.000Z',
      'ayer',
    ];
    const montos = ['20', '20.5', '0.10', '1500.10', '1500.', '-5.00', ' 7.25', '10.555', 3, 2.5];
    const rows = [
      ...fechas.map((fecha_hora, i) => ({ ...row, id: 100 + i, fecha_hora })),
      ...montos.map((monto, i) => ({ ...row, id: 200 + i, monto })),
    ];
    const text = body(rows);
    expect(scanned('recargas', text)).toEqual(parsed('recargas', text));
    expect(scanned('recargas', text).columns['cents'].slice(fechas.length)).toEqual([
      2000, 2050, 10, 150010, 150000, -500, 725, 1056, 300, 250,
    ]);
  });

  it('keeps each embedded session once, whole, and the cashier of each row', () => {
    const [row] = HISTORIAL_CLIENTES_BODY as Record<string, unknown>[];
    const sesion = row['caja_sesion'] as Record<string, unknown>;
    const other = { ...sesion, id: 77, id_usuario: 9 };
    const rows = [row, { ...row, id: 5000, caja_sesion: other }, { ...row, id: 5001 }];
    const { columns, sesiones } = scanned('recargas', body(rows));
    expect(columns['user']).toEqual([sesion['id_usuario'], 9, sesion['id_usuario']]);
    expect(sesiones.map(([id]) => id)).toEqual([sesion['id'] as number, 77]);
    expect(sesiones[1][1]).toEqual(other as never);
  });

  it('refuses what is not a history row', () => {
    const scan = (text: string) => () => scanned('recargas', text);
    const [row] = HISTORIAL_CLIENTES_BODY as Record<string, unknown>[];
    const without = (k: string) => JSON.stringify({ ...row, [k]: undefined });
    expect(scan(without('id'))).toThrowError(SyntaxError);
    expect(scan(without('fecha_hora'))).toThrowError(SyntaxError);
    expect(scan(JSON.stringify({ ...row, id: 'siete' }))).toThrowError(SyntaxError);
    expect(scan('{"id":1,"fecha_hora":"2026-11-25T15:00:00Z","monto":"1')).toThrowError(
      SyntaxError,
    );
    expect(scan('{"id":1 "fecha_hora":"x"}')).toThrowError(SyntaxError);
    expect(scan(`${JSON.stringify(row)},`)).toThrowError(SyntaxError);
    expect(scan('[1,2]')).toThrowError(SyntaxError);
    // An amount that is no amount fails as the mapper does.
    expect(scan(JSON.stringify({ ...row, monto: null }))).toThrowError(TypeError);
    expect(scan(without('monto'))).toThrowError(TypeError);
    expect(scan(JSON.stringify({ ...row, monto: 'diez' }))).toThrowError(TypeError);
  });
});
