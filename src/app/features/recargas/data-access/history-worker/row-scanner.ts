import type { SesionCajaDto } from '../../../../core/session/caja.dto';
import { OPERADORAS, OperadoraNombre } from '../operadora';
import type { ColumnBuilder } from './columns';
import {
  COMMA,
  OPEN_BRACE,
  QUOTE,
  bad,
  cents,
  fields,
  is,
  isoTime,
  number,
  string,
  stringBytes,
  ws,
} from './json-bytes';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const key = (name: string) => encoder.encode(name);
const K = {
  id: key('id'),
  idUsuario: key('id_usuario'),
  idUserCreate: key('id_user_create'),
  operadora: key('operadora'),
  operadoraDestino: key('operadora_destino'),
  numero: key('numero_cliente'),
  monto: key('monto'),
  fecha: key('fecha_hora'),
  idCajaSesion: key('id_caja_sesion'),
  idCajaOrigen: key('id_caja_origen'),
  cajaSesion: key('caja_sesion'),
  cajaOrigen: key('caja_origen'),
};

/**
 * Reads history rows straight from the answer's bytes into a ColumnBuilder: only the fields
 * the columns keep are read (a few short strings a row), the rest is stepped over, and each
 * embedded session is parsed once. `JSON.parse` of whole rows made ~1.5 kB of objects a row
 * (a row and its embedded session) that the worker's heap carried by the tens of megabytes.
 * A run is elements separated by commas, as ArraySplitter hands them; anything that is not a
 * row (no numeric `id`, no string `fecha_hora`, broken JSON) throws a SyntaxError.
 */
export class RowScanner {
  /** The row being read: one record reused for every row (nothing to collect per row). */
  private readonly r: Row = { ...EMPTY_ROW };
  private b: Uint8Array = new Uint8Array(0);
  private sesionId: number | null = null;
  private sesionUser: number | null = null;

  constructor(private readonly builder: ColumnBuilder) {}

  scan(run: Uint8Array): void {
    this.b = run;
    let p = ws(run, 0);
    while (p < run.length) {
      p = ws(run, this.row(p));
      if (p === run.length) return;
      if (run[p] !== COMMA) throw bad();
      p = ws(run, p + 1);
      if (p === run.length) throw bad();
    }
  }

  /** One row from b[p] (its `{`); answers the index after its `}`. */
  private row(p: number): number {
    const { b, r } = this;
    Object.assign(r, EMPTY_ROW);
    const end = fields(b, p, this.visitRow);
    if (r.id === null || r.fecha < 0) throw bad();
    // As the mapper: a row without an amount is no row of money.
    if (r.monto < 0) throw new TypeError('Importe no válido: la fila no tiene monto');
    const op = r.recarga ? r.operadora : r.destino;
    this.builder.addValues(
      r.id,
      isoTime(b, r.fecha, r.fechaEnd),
      op < 0 ? -1 : operadoraIndex(b, op, r.recarga ? r.operadoraEnd : r.destinoEnd),
      cents(b, r.monto, r.montoEnd),
      (r.recarga ? r.idCajaSesion : r.idCajaOrigen) ?? 0,
      // As the mapper: the embedded session's cashier, else the row's creator.
      (r.recarga ? r.cajaSesionUser : r.cajaOrigenUser) ?? r.idUserCreate,
      r.recarga && r.numero >= 0 ? stringBytes(b, r.numero, r.numeroEnd) : '',
    );
    return end;
  }

  /** Remembers where each kept field's value is (strings and numbers are read at the end). */
  private readonly visitRow = (k0: number, k1: number, v0: number, v1: number): void => {
    const { b, r } = this;
    if (is(b, k0, k1, K.id)) r.id = number(b, v0, v1);
    else if (is(b, k0, k1, K.fecha)) {
      r.fecha = b[v0] === QUOTE ? v0 : -1;
      r.fechaEnd = v1;
    } else if (is(b, k0, k1, K.operadora)) {
      r.operadora = v0;
      r.operadoraEnd = v1;
    } else if (is(b, k0, k1, K.operadoraDestino)) {
      r.destino = v0;
      r.destinoEnd = v1;
    } else if (is(b, k0, k1, K.numero)) {
      r.numero = v0;
      r.numeroEnd = v1;
    } else if (is(b, k0, k1, K.monto)) {
      r.monto = v0;
      r.montoEnd = v1;
    } else if (is(b, k0, k1, K.idCajaSesion)) {
      r.recarga = true;
      r.idCajaSesion = number(b, v0, v1);
    } else if (is(b, k0, k1, K.idCajaOrigen)) r.idCajaOrigen = number(b, v0, v1);
    else if (is(b, k0, k1, K.cajaSesion)) r.cajaSesionUser = this.sesion(v0, v1);
    else if (is(b, k0, k1, K.cajaOrigen)) r.cajaOrigenUser = this.sesion(v0, v1);
    else if (is(b, k0, k1, K.idUserCreate)) r.idUserCreate = number(b, v0, v1);
  };

  /** An embedded session: its cashier; the whole of it parsed the first time it is met. */
  private sesion(v0: number, v1: number): number | null {
    const b = this.b;
    if (b[v0] !== OPEN_BRACE) return null;
    this.sesionId = null;
    this.sesionUser = null;
    fields(b, v0, this.visitSesion);
    const id = this.sesionId;
    const known = this.builder.sesiones;
    if (id !== null && !known.has(id))
      known.set(id, JSON.parse(decoder.decode(b.subarray(v0, v1))) as SesionCajaDto);
    return this.sesionUser;
  }

  private readonly visitSesion = (k0: number, k1: number, v0: number, v1: number): void => {
    const b = this.b;
    if (is(b, k0, k1, K.id)) this.sesionId = number(b, v0, v1);
    else if (is(b, k0, k1, K.idUsuario)) this.sesionUser = number(b, v0, v1);
  };
}

/** Where the kept fields of the row being read are: value start and end, -1 when absent. */
const EMPTY_ROW = {
  id: null as number | null,
  fecha: -1,
  fechaEnd: -1,
  operadora: -1,
  operadoraEnd: -1,
  destino: -1,
  destinoEnd: -1,
  numero: -1,
  numeroEnd: -1,
  monto: -1,
  montoEnd: -1,
  recarga: false,
  idCajaSesion: null as number | null,
  idCajaOrigen: null as number | null,
  cajaSesionUser: null as number | null,
  cajaOrigenUser: null as number | null,
  idUserCreate: null as number | null,
};
type Row = typeof EMPTY_ROW;

const OPERADORA_BYTES = OPERADORAS.map((name) => encoder.encode(`"${name}"`));

/** The operator's index in OPERADORAS, -1 for any other value (as `indexOf` gave). */
function operadoraIndex(b: Uint8Array, v0: number, v1: number): number {
  for (let k = 0; k < OPERADORA_BYTES.length; k++) if (is(b, v0, v1, OPERADORA_BYTES[k])) return k;
  const text = string(b, v0, v1);
  return text === null ? -1 : OPERADORAS.indexOf(text as OperadoraNombre);
}
