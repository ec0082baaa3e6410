import { CSV_BOM } from '../../../shared/csv';
import { Cents } from '../../../shared/money';
import { row } from './history-fixtures.spec';
import { historyCsv, historyCsvFilename } from './history-csv';
import { OperadoraNombre } from './operadora';

describe('history CSV export', () => {
  const rows = [
    row({ id: 7, at: '2026-11-25T14:03:11.512Z', monto: 150_000 as Cents, idSesion: 4 }),
    row({
      id: 8,
      at: '2026-11-25T15:00:00.000Z',
      monto: 5 as Cents,
      operadora: OperadoraNombre.Entel,
      numeroCliente: '7123,4567',
      idUsuario: null,
    }),
  ];
  const cajero = (id: number | null) => (id === 3 ? 'Quispe, "Carla"' : `Usuario ${id}`);

  it('writes top-ups in the given order with ISO dates and plain decimal amounts', () => {
    const csv = historyCsv('recargas', rows, [1, 0], cajero);
    expect(csv.startsWith(CSV_BOM)).toBeTrue();
    expect(csv.slice(1).split('\r\n')).toEqual([
      'id,fecha_hora,operadora,numero_cliente,monto,id_sesion,cajero',
      '8,2026-11-25T15:00:00.000Z,Entel,"7123,4567",0.05,1,',
      '7,2026-11-25T14:03:11.512Z,Tigo,76543210,1500.00,4,"Quispe, ""Carla"""',
      '',
    ]);
  });

  it('leaves the number out of injections', () => {
    const csv = historyCsv('inyecciones', rows, [0], cajero);
    expect(csv.slice(1).split('\r\n')[0]).toBe('id,fecha_hora,operadora,monto,id_sesion,cajero');
    expect(csv).toContain('7,2026-11-25T14:03:11.512Z,Tigo,1500.00,4,');
  });

  it('names the file after the date range, todo for an open end', () => {
    const f = {
      numero: '',
      operadora: null,
      desde: '2026-11-01',
      hasta: '2026-11-26',
      sesion: null,
    };
    expect(historyCsvFilename('recargas', f)).toBe('recargas_2026-11-01_2026-11-26.csv');
    expect(historyCsvFilename('recargas', { ...f, desde: null, hasta: null })).toBe(
      'recargas_todo.csv',
    );
    expect(historyCsvFilename('inyecciones', { ...f, hasta: null })).toBe(
      'inyecciones_2026-11-01_todo.csv',
    );
    expect(historyCsvFilename('recargas', { ...f, desde: null, hasta: null, sesion: 12 })).toBe(
      'recargas_todo_sesion-12.csv',
    );
  });

  it('writes hostile numbers and names as text a spreadsheet does not run, amounts as numbers', () => {
    const hostile = [
      row({ id: 9, at: '2026-11-25T16:00:00.000Z', monto: 1000 as Cents, numeroCliente: '=1+1' }),
      row({ id: 10, at: '2026-11-25T16:01:00.000Z', numeroCliente: '@SUM(A1:A9)' }),
      row({ id: 11, at: '2026-11-25T16:02:00.000Z', numeroCliente: '-2+3', idUsuario: 5 }),
    ];
    const who = (id: number | null) => (id === 5 ? '+cmd|calc' : 'Carla');
    const lines = historyCsv('recargas', hostile, [0, 1, 2], who).slice(1).split('\r\n');
    expect(lines.slice(1, 4)).toEqual([
      "9,2026-11-25T16:00:00.000Z,Tigo,'=1+1,10.00,1,Carla",
      "10,2026-11-25T16:01:00.000Z,Tigo,'@SUM(A1:A9),10.00,1,Carla",
      "11,2026-11-25T16:02:00.000Z,Tigo,'-2+3,10.00,1,'+cmd|calc",
    ]);
  });
});
