import {
  HISTORIAL_CLIENTES_BODY,
  HISTORIAL_INYECCIONES_BODY,
  INYECCION_OK_BODY,
  RECARGA_OK_BODY,
} from '../../../../testing/fixtures';
import { Cents } from '../../../shared/money';
import { OperadoraNombre } from './operadora';
import { InyeccionOperadoraDto, RecargaClienteDto } from './recargas.dto';
import { toInyeccionOperadora, toRecargaCliente } from './recargas.mapper';

describe('recargas mapper', () => {
  it('maps a top-up row: cents from the decimal string, a Date, the session and its cashier', () => {
    expect(toRecargaCliente(HISTORIAL_CLIENTES_BODY[0] as RecargaClienteDto)).toEqual({
      id: 2,
      operadora: OperadoraNombre.Tigo,
      numeroCliente: '76543210',
      monto: 1056 as Cents,
      fechaHora: new Date('2026-11-25T20:29:56.409Z'),
      idSesion: 1,
      idUsuario: 3,
    });
  });

  it('maps the answer to a top-up (a JSON number, no embedded session): its cashier from id_user_create', () => {
    const recarga = toRecargaCliente(RECARGA_OK_BODY as RecargaClienteDto);
    expect(recarga.monto).toBe(2000 as Cents);
    expect(recarga.idUsuario).toBe(3);
    const nobody = { ...RECARGA_OK_BODY, id_user_create: null } as RecargaClienteDto;
    expect(toRecargaCliente(nobody).idUsuario).toBeNull();
  });

  it('maps an injection row: its session comes as id_caja_origen / caja_origen', () => {
    expect(toInyeccionOperadora(HISTORIAL_INYECCIONES_BODY[0] as InyeccionOperadoraDto)).toEqual({
      id: 1,
      operadora: OperadoraNombre.Viva,
      monto: 10000 as Cents,
      fechaHora: new Date('2026-11-25T20:30:08.977Z'),
      idSesion: 1,
      idUsuario: 3,
    });
    const other = { ...INYECCION_OK_BODY, id_caja_origen: 7 } as InyeccionOperadoraDto;
    const answer = toInyeccionOperadora(other);
    expect(answer.idSesion).toBe(7);
    expect(answer.idUsuario).toBe(INYECCION_OK_BODY.id_user_create);
  });

  it('keeps amounts exact: a float artefact of the service rounds to the cent', () => {
    const row = { ...RECARGA_OK_BODY, monto: 454.55999999999995 } as RecargaClienteDto;
    expect(toRecargaCliente(row).monto).toBe(45456 as Cents);
    const text = { ...INYECCION_OK_BODY, monto: '0.10' } as InyeccionOperadoraDto;
    expect(toInyeccionOperadora(text).monto).toBe(10 as Cents);
  });
});
