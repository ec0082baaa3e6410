import { CajaDto, SesionCajaDto } from '../app/core/session/caja.dto';
import {
  InyeccionOperadoraDto,
  OperadoraSaldoDto,
  RecargaClienteDto,
} from '../app/features/recargas/data-access/recargas.dto';
import { AuditFieldsDto } from '../app/shared/audit.dto';
import { HttpResponse } from 'msw';
import { money } from './money';
import { CajaRow, DbState, InyeccionRow, OperadoraRow, RecargaRow, SesionRow } from './model';

/** Stored rows to the GET shapes of the service: money as decimal strings, keys in its order. */
export const iso = (ms: number) => new Date(ms).toISOString();

export function audit(
  userCreate: number | null,
  userUpdate: number | null,
  createdAt: number,
  updatedAt = createdAt,
): AuditFieldsDto {
  return {
    estado: true,
    id_user_create: userCreate,
    id_user_update: userUpdate,
    created_at: iso(createdAt),
    updated_at: iso(updatedAt),
  };
}

const moneyOrNull = (cents: number | null) => (cents === null ? null : money(cents));

/** Without `caja`: neither sesion-activa nor the histories embed the till. */
export function sesionDto(s: SesionRow): SesionCajaDto {
  return {
    ...audit(s.userCreate, s.userUpdate, s.apertura, s.updatedAt),
    id: s.id,
    monto_inicial: money(s.montoInicial),
    monto_final_teorico: moneyOrNull(s.teorico),
    monto_final_real: moneyOrNull(s.real),
    diferencia: moneyOrNull(s.diferencia),
    estado_sesion: s.abierta ? 'ABIERTA' : 'CERRADA',
    fecha_apertura: iso(s.apertura),
    fecha_cierre: s.cierre === null ? null : iso(s.cierre),
    id_caja: s.idCaja,
    id_usuario: s.idUsuario,
  };
}

export function cajaDto(c: CajaRow): CajaDto {
  return {
    ...audit(null, null, c.createdAt, c.updatedAt),
    id: c.id,
    nombre: c.nombre,
    especialidad: c.especialidad,
    saldo: money(c.saldo),
  };
}

export function operadoraDto(o: OperadoraRow): OperadoraSaldoDto {
  return {
    ...audit(null, null, o.createdAt, o.updatedAt),
    id: o.id,
    nombre_operadora: o.nombre,
    saldo_actual: money(o.saldo),
  };
}

export type HistoryList = 'recargas' | 'inyecciones';
type HistoryRowOf<L extends HistoryList> = L extends 'recargas' ? RecargaRow : InyeccionRow;

/** One row in the service's GET shape, its session embedded. */
function historyDto(
  list: HistoryList,
  row: RecargaRow | InyeccionRow,
  sesion: SesionCajaDto,
): RecargaClienteDto | InyeccionOperadoraDto {
  if (list === 'recargas') {
    const r = row as RecargaRow;
    return {
      ...audit(r.user, null, r.fecha),
      id: r.id,
      operadora: r.operadora,
      numero_cliente: r.numero,
      monto: money(r.monto),
      fecha_hora: iso(r.fecha),
      caja_sesion: sesion,
      id_caja_sesion: r.sesion,
    };
  }
  return {
    ...audit(row.user, null, row.fecha),
    id: row.id,
    operadora_destino: row.operadora,
    monto: money(row.monto),
    fecha_hora: iso(row.fecha),
    caja_origen: sesion,
    id_caja_origen: row.sesion,
  };
}

/** Rows of one session share one embedded object (JSON repeats it per row). */
function embedder(state: DbState): (id: number) => SesionCajaDto {
  const sesiones = new Map(state.sesiones.map((s) => [s.id, s]));
  const embedded = new Map<number, SesionCajaDto>();
  return (id) => {
    let dto = embedded.get(id);
    if (!dto) embedded.set(id, (dto = sesionDto(sesiones.get(id) as SesionRow)));
    return dto;
  };
}

/**
 * Newest first (date, then id). A year of rows is sorted natively as packed numbers (offset
 * date * n + position), in a few ms instead of a comparator's ~100 on the page's thread.
 */
export function newestFirst<R extends { fecha: number; id: number }>(rows: readonly R[]): R[] {
  const n = rows.length;
  let min = Infinity;
  let max = -Infinity;
  for (const r of rows) {
    if (r.fecha < min) min = r.fecha;
    if (r.fecha > max) max = r.fecha;
  }
  if (n === 0 || (max - min + 1) * n >= 2 ** 53) {
    return [...rows].sort((a, b) => b.fecha - a.fecha || b.id - a.id);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (rows[i].fecha - min) * n + i;
  keys.sort();
  const out = new Array<R>(n);
  for (let k = 0; k < n; k++) out[k] = rows[keys[n - 1 - k] % n];
  // Equal dates: by id, newest first (runs of one or two rows).
  for (let k = 0; k < n;) {
    let end = k + 1;
    while (end < n && out[end].fecha === out[k].fecha) end++;
    if (end - k > 1) out.splice(k, end - k, ...out.slice(k, end).sort((a, b) => b.id - a.id));
    k = end;
  }
  return out;
}

function history<L extends HistoryList>(state: DbState, list: L) {
  const rows: readonly HistoryRowOf<L>[] = (
    list === 'recargas' ? state.recargas : state.inyecciones
  ) as HistoryRowOf<L>[];
  const sesion = embedder(state);
  return newestFirst(rows).map((row) => historyDto(list, row, sesion(row.sesion)));
}

export function recargasHistory(state: DbState): RecargaClienteDto[] {
  return history(state, 'recargas') as RecargaClienteDto[];
}

export function inyeccionesHistory(state: DbState): InyeccionOperadoraDto[] {
  return history(state, 'inyecciones') as InyeccionOperadoraDto[];
}

/**
 * A cheap stand-in for Express's weak ETag (a hash of the body): it changes whenever the
 * answer would (a row added, a session of its rows closed and so its embedded copy, a reset),
 * and only then: a session without rows in this list is not in the body, so closing it keeps
 * the tag (the service answers 304).
 */
export function historyEtag(state: DbState, list: HistoryList): string {
  const rows: readonly (RecargaRow | InyeccionRow)[] =
    list === 'recargas' ? state.recargas : state.inyecciones;
  let maxId = 0;
  let maxFecha = 0;
  const embedded = new Set<number>();
  for (const r of rows) {
    if (r.id > maxId) maxId = r.id;
    if (r.fecha > maxFecha) maxFecha = r.fecha;
    embedded.add(r.sesion);
  }
  let sesionUpdated = 0;
  for (const s of state.sesiones)
    if (embedded.has(s.id)) sesionUpdated = Math.max(sesionUpdated, s.updatedAt);
  const parts = [rows.length, maxId, maxFecha, embedded.size, sesionUpdated];
  return `W/"${[...parts, state.seededAt].map((p) => p.toString(16)).join('-')}"`;
}

/** Rows serialised per pull: ~160 kB, a few ms of the page's thread each. */
const ROWS_PER_CHUNK = 250;

/**
 * One row's JSON as JSON.stringify(historyDto(...)) writes it (a spec checks they agree), but
 * with its session's JSON written once per session and one date conversion per row: the mock
 * runs on the page's thread, and 100,000 rows must not hold it for long.
 */
function rowJsonWriter(
  state: DbState,
  list: HistoryList,
): (row: RecargaRow | InyeccionRow) => string {
  const sesion = embedder(state);
  const sesionJson = new Map<number, string>();
  return (row) => {
    let embedded = sesionJson.get(row.sesion);
    if (embedded === undefined)
      sesionJson.set(row.sesion, (embedded = JSON.stringify(sesion(row.sesion))));
    const at = iso(row.fecha);
    const head = `{"estado":true,"id_user_create":${JSON.stringify(row.user)},"id_user_update":null,"created_at":"${at}","updated_at":"${at}","id":${row.id}`;
    const monto = `"monto":"${money(row.monto)}","fecha_hora":"${at}"`;
    return list === 'recargas'
      ? `${head},"operadora":"${row.operadora}","numero_cliente":${JSON.stringify((row as RecargaRow).numero)},${monto},"caja_sesion":${embedded},"id_caja_sesion":${row.sesion}}`
      : `${head},"operadora_destino":"${row.operadora}",${monto},"caja_origen":${embedded},"id_caja_origen":${row.sesion}}`;
  };
}

/**
 * The history as a byte stream written in small pulls, as a server streams its answer: the
 * page's thread (where the mock runs) never spends long on a 64 MB answer, and a reader sees
 * the first rows before the last are written.
 */
export function historyStream(state: DbState, list: HistoryList): ReadableStream<Uint8Array> {
  const rows = newestFirst<RecargaRow | InyeccionRow>(
    list === 'recargas' ? state.recargas : state.inyecciones,
  );
  const json = rowJsonWriter(state, list);
  const encoder = new TextEncoder();
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const start = i;
      const end = Math.min(rows.length, i + ROWS_PER_CHUNK);
      const parts: string[] = [];
      for (; i < end; i++) parts.push(json(rows[i]));
      const text = `${start === 0 ? '[' : ','}${parts.join(',')}${end === rows.length ? ']' : ''}`;
      controller.enqueue(encoder.encode(text));
      if (end === rows.length) controller.close();
    },
  });
}

/** Whether an `If-None-Match` list names this tag (weak comparison, as Express does). */
function matches(ifNoneMatch: string | null, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(tag));
}

/** A history GET: 304 with an empty body when the caller's tag still holds, else the stream. */
export function historyAnswer(request: Request, state: DbState, list: HistoryList): Response {
  const tag = historyEtag(state, list);
  if (matches(request.headers.get('If-None-Match'), tag)) {
    return new HttpResponse(null, { status: 304, headers: { ETag: tag } });
  }
  return new HttpResponse(historyStream(state, list), {
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ETag: tag },
  });
}
