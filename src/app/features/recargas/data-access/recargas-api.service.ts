import { HttpClient, HttpContext, HttpEventType } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, filter, map, throwError } from 'rxjs';
import { ApiError } from '../../../core/http/api-error';
import { SesionCajaDto } from '../../../core/session/caja.dto';
import { SesionCaja, toSesionCaja } from '../../../core/session/caja.model';
import { checkInyeccion, checkRecarga } from './operacion-guard';
import { REQUEST_TIMEOUT_MS } from '../../../core/http/interceptors';
import { InyeccionOperadoraDto, OperadoraSaldoDto, RecargaClienteDto } from './recargas.dto';
import {
  toInyeccionOperadora,
  toInyeccionRequest,
  toOperadoraSaldo,
  toRecargaCliente,
  toRecargaRequest,
} from './recargas.mapper';
import {
  InyeccionOperadora,
  NuevaInyeccion,
  NuevaRecarga,
  OperadoraSaldo,
  RecargaCliente,
} from './recargas.model';

/** Download of a history: progress while it arrives, then the mapped rows. */
export type HistoryDownload<T> =
  | { kind: 'progress'; loaded: number; total: number | null }
  | { kind: 'done'; rows: T[]; sesiones: SesionCaja[] };

/** A 64 MB history takes seconds to produce: no short time limit between its events. */
const HISTORY_CONTEXT = () => new HttpContext().set(REQUEST_TIMEOUT_MS, 120_000);

/** One method per recargas endpoint of the service, each answering app types. */
@Injectable({ providedIn: 'root' })
export class RecargasApiService {
  private readonly http = inject(HttpClient);

  getSaldos(): Observable<OperadoraSaldo[]> {
    return this.http
      .get<OperadoraSaldoDto[]>('/recargas/operadoras/saldos')
      .pipe(map((list) => list.map(toOperadoraSaldo)));
  }

  /** Refuses, without sending, anything outside the contract (see operacion-guard.ts). */
  recargar(recarga: NuevaRecarga): Observable<RecargaCliente> {
    const reasons = checkRecarga(recarga);
    if (reasons.length) return throwError(() => new ApiError(400, reasons, 'Validación local'));
    return this.http
      .post<RecargaClienteDto>('/recargas/cliente', toRecargaRequest(recarga))
      .pipe(map(toRecargaCliente));
  }

  inyectar(inyeccion: NuevaInyeccion): Observable<InyeccionOperadora> {
    const reasons = checkInyeccion(inyeccion);
    if (reasons.length) return throwError(() => new ApiError(400, reasons, 'Validación local'));
    return this.http
      .post<InyeccionOperadoraDto>('/recargas/inyeccion', toInyeccionRequest(inyeccion))
      .pipe(map(toInyeccionOperadora));
  }

  getHistorialClientes(): Observable<RecargaCliente[]> {
    return this.http
      .get<RecargaClienteDto[]>('/recargas/historial/clientes', { context: HISTORY_CONTEXT() })
      .pipe(map((rows) => rows.map(toRecargaCliente)));
  }

  getHistorialInyecciones(): Observable<InyeccionOperadora[]> {
    return this.http
      .get<InyeccionOperadoraDto[]>('/recargas/historial/inyecciones', {
        context: HISTORY_CONTEXT(),
      })
      .pipe(map((rows) => rows.map(toInyeccionOperadora)));
  }

  /** The top-up history with download progress events, for the big answer of a busy shop. */
  downloadHistorialClientes(): Observable<HistoryDownload<RecargaCliente>> {
    return this.download<RecargaClienteDto, RecargaCliente>(
      '/recargas/historial/clientes',
      toRecargaCliente,
      (dto) => dto.caja_sesion,
    );
  }

  downloadHistorialInyecciones(): Observable<HistoryDownload<InyeccionOperadora>> {
    return this.download<InyeccionOperadoraDto, InyeccionOperadora>(
      '/recargas/historial/inyecciones',
      toInyeccionOperadora,
      (dto) => dto.caja_origen,
    );
  }

  /**
   * Every row embeds its whole session: each distinct one is mapped once and kept apart (a few
   * hundred a year), so a past session's cierre can be printed without keeping 100k copies.
   */
  private download<D, T>(
    url: string,
    mapper: (dto: D) => T,
    embedded: (dto: D) => SesionCajaDto | undefined,
  ): Observable<HistoryDownload<T>> {
    return this.http
      .get<D[]>(url, { observe: 'events', reportProgress: true, context: HISTORY_CONTEXT() })
      .pipe(
        filter(
          (e) => e.type === HttpEventType.DownloadProgress || e.type === HttpEventType.Response,
        ),
        map((e): HistoryDownload<T> =>
          e.type === HttpEventType.Response
            ? { kind: 'done', ...mapWithSesiones(e.body ?? [], mapper, embedded) }
            : { kind: 'progress', loaded: e.loaded, total: e.total ?? null },
        ),
      );
  }
}

function mapWithSesiones<D, T>(
  dtos: D[],
  mapper: (dto: D) => T,
  embedded: (dto: D) => SesionCajaDto | undefined,
): { rows: T[]; sesiones: SesionCaja[] } {
  const sesiones = new Map<number, SesionCaja>();
  const rows = dtos.map((dto) => {
    const s = embedded(dto);
    if (s && !sesiones.has(s.id)) sesiones.set(s.id, toSesionCaja(s));
    return mapper(dto);
  });
  return { rows, sesiones: [...sesiones.values()] };
}
