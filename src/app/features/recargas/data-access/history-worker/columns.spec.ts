import { SesionCajaDto } from '../../../../core/session/caja.dto';
import {
  HISTORIAL_CLIENTES_BODY,
  HISTORIAL_INYECCIONES_BODY,
} from '../../../../../testing/fixtures';
import { InyeccionOperadoraDto, RecargaClienteDto } from '../recargas.dto';
import { columnsOf, mergeColumns, rowAt } from './column-ops';
import { ColumnBuilder } from './columns';
import { RowScanner } from './row-scanner';
import { columnBuffers } from './typed-arrays';

/** A row as the worker reads it: its JSON, through RowScanner. */
function add(b: ColumnBuilder, dto: unknown): void {
  new RowScanner(b).scan(new TextEncoder().encode(JSON.stringify(dto)));
}

const audit = {
  estado: true,
  id_user_create: 3,
  id_user_update: null,
  created_at: '2026-11-25T15:00:00.000Z',
  updated_at: '2026-11-25T15:00:00.000Z',
};
const sesion = (id: number, idUsuario: number) =>
  ({ id, id_usuario: idUsuario, id_caja: 1, estado_sesion: 'ABIERTA' }) as SesionCajaDto;

function recarga(id: number, fecha: string, extra: Partial<RecargaClienteDto> = {}) {
  return {
    ...audit,
    id,
    operadora: 'Tigo',
    numero_cliente: '76543210',
    monto: '20.00',
    fecha_hora: fecha,
    id_caja_sesion: 41,
    caja_sesion: sesion(41, 3),
    ...extra,
  } as RecargaClienteDto;
}

describe('ColumnBuilder', () => {
  it('keeps money exact in cents, whatever the wire form', () => {
    const b = new ColumnBuilder('recargas');
    add(b, recarga(3, '2026-11-25T15:00:00.000Z', { monto: '1500.10' }));
    add(b, recarga(2, '2026-11-25T14:00:00.000Z', { monto: 10.555 }));
    add(b, recarga(1, '2026-11-25T13:00:00.000Z', { monto: 454.55999999999995 }));
    expect(Array.from(b.finish().cents)).toEqual([150010, 1056, 45456]);
  });

  it('files each row under its Bolivian day, cut at 04:00Z', () => {
    const b = new ColumnBuilder('recargas');
    add(b, recarga(2, '2026-11-25T04:00:00.000Z'));
    add(b, recarga(1, '2026-11-25T03:59:59.000Z'));
    const c = b.finish();
    expect(c.day[0] - c.day[1]).toBe(1);
    expect(c.minDay).toBe(c.day[1]);
    expect(c.maxDay).toBe(c.day[0]);
  });

  it('gives back the rows the screens read, the cashier from the embedded session, else the creator', () => {
    const b = new ColumnBuilder('recargas');
    add(b, recarga(7, '2026-11-25T15:00:00.000Z', { operadora: 'Entel' as never }));
    add(
      b,
      recarga(6, '2026-11-25T14:00:00.000Z', { caja_sesion: undefined, id_user_create: null }),
    );
    add(b, recarga(5, '2026-11-25T13:00:00.000Z', { caja_sesion: undefined, id_user_create: 8 }));
    const c = b.finish();
    expect(rowAt(c, 0)).toEqual({
      id: 7,
      operadora: 'Entel',
      numeroCliente: '76543210',
      monto: 2000,
      fechaHora: new Date('2026-11-25T15:00:00.000Z'),
      idSesion: 41,
      idUsuario: 3,
    } as never);
    expect(rowAt(c, 1).idUsuario).toBeNull();
    expect(rowAt(c, 2).idUsuario).toBe(8);
    expect(c.hasUser).toBeTrue();
    expect([...b.sesiones.keys()]).toEqual([41]);
  });

  it('reads injections: the destination operator, the session in id_caja_origen, no number', () => {
    const b = new ColumnBuilder('inyecciones');
    const dto = {
      ...audit,
      id: 5,
      operadora_destino: 'Viva',
      monto: '300.00',
      fecha_hora: '2026-11-25T15:00:00.000Z',
      id_caja_origen: 9,
      caja_origen: sesion(9, 2),
    } as InyeccionOperadoraDto;
    add(b, dto);
    const row = rowAt(b.finish(), 0);
    expect(row).toEqual(jasmine.objectContaining({ operadora: 'Viva', idSesion: 9, idUsuario: 2 }));
    expect('numeroCliente' in row).toBeFalse();
  });

  it('keeps numbers as sent, with their digits apart only when they hold anything else', () => {
    const plain = new ColumnBuilder('recargas');
    add(plain, recarga(1, '2026-11-25T15:00:00.000Z'));
    expect(plain.finish().searchBytes).toBeNull();
    const odd = new ColumnBuilder('recargas');
    add(odd, recarga(2, '2026-11-25T15:00:00.000Z', { numero_cliente: '+591 7654-3210' }));
    add(odd, recarga(1, '2026-11-25T14:00:00.000Z', { numero_cliente: 'ñ71' }));
    const c = odd.finish();
    expect(rowAt(c, 0).numeroCliente).toBe('+591 7654-3210');
    expect(rowAt(c, 1).numeroCliente).toBe('ñ71');
    expect(new TextDecoder().decode(c.searchBytes ?? new Uint8Array())).toBe('5917654321071');
    // One bit per digit each number holds: 0-7 and 9 for the first, 1 and 7 for the second.
    expect(Array.from(c.digitMask)).toEqual([0b1011111111, 0b0010000010]);
  });

  it('gives each row its own number back, whatever its neighbours and its length', () => {
    const b = new ColumnBuilder('recargas');
    const long = '7'.repeat(70_000); // too long to spread into String.fromCharCode's arguments
    const numeros = ['76543210', 'ñ71', long, '', '60123456'];
    numeros.forEach((numero, k) =>
      add(b, recarga(10 - k, `2026-11-25T1${9 - k}:00:00.000Z`, { numero_cliente: numero })),
    );
    const c = b.finish();
    expect(numeros.map((_, i) => rowAt(c, i).numeroCliente)).toEqual(numeros);
  });

  it('hands out one buffer per column, sized to the rows (safe to transfer)', () => {
    const b = new ColumnBuilder('recargas');
    for (let i = 3000; i > 0; i--)
      add(b, recarga(i, new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()));
    expect(b.snapshot(200).size).toBe(200);
    const c = b.finish();
    expect(c.size).toBe(3000);
    expect(c.id.buffer.byteLength).toBe(3000 * 4);
    expect(c.cents.buffer.byteLength).toBe(3000 * 8);
    expect(c.numeroBytes.buffer.byteLength).toBe(3000 * 8);
    const buffers = columnBuffers(c);
    expect(new Set(buffers).size).toBe(buffers.length);
  });
});

describe('the service history fixtures, as columns', () => {
  it('top-ups: exact cents, the cashier from the embedded session, each session once', () => {
    const b = new ColumnBuilder('recargas');
    for (const dto of HISTORIAL_CLIENTES_BODY) add(b, dto as RecargaClienteDto);
    const c = b.finish();
    expect(Array.from(c.cents)).toEqual([1056, 2000]);
    expect(rowAt(c, 0).idUsuario).toBe(3);
    expect(Object.keys(rowAt(c, 0))).not.toContain('caja_sesion');
    expect(b.sesiones.size).toBe(1);
  });

  it('injections: the session id comes from id_caja_origen', () => {
    const b = new ColumnBuilder('inyecciones');
    for (const dto of HISTORIAL_INYECCIONES_BODY) add(b, dto as InyeccionOperadoraDto);
    expect(rowAt(b.finish(), 0)).toEqual(
      jasmine.objectContaining({ operadora: 'Viva', monto: 10000, idSesion: 1, idUsuario: 3 }),
    );
  });
});

describe('mergeColumns', () => {
  const base = () => {
    const b = new ColumnBuilder('recargas');
    add(b, recarga(2, '2026-11-25T15:00:00.000Z'));
    add(b, recarga(1, '2026-11-25T14:00:00.000Z'));
    return b.finish();
  };
  const own = (id: number, at: string) =>
    columnsOf('recargas', [
      {
        id,
        operadora: 'Viva' as never,
        numeroCliente: '71112222',
        monto: 1500 as never,
        fechaHora: new Date(at),
        idSesion: 41,
        idUsuario: 3,
      },
    ]);
  const ids = (c: ReturnType<typeof base>) => Array.from(c.id);

  it('puts an own new row first, its number searchable', () => {
    const c = mergeColumns(base(), own(3, '2026-11-25T16:00:00.000Z'));
    expect(ids(c)).toEqual([3, 2, 1]);
    expect(rowAt(c, 0).numeroCliente).toBe('71112222');
    expect(rowAt(c, 1).numeroCliente).toBe('76543210');
  });

  it('places an older row by date and keeps one row per id', () => {
    expect(ids(mergeColumns(base(), own(9, '2026-11-25T14:30:00.000Z')))).toEqual([2, 9, 1]);
    expect(ids(mergeColumns(base(), own(2, '2026-11-25T15:00:00.000Z')))).toEqual([2, 1]);
  });
});
