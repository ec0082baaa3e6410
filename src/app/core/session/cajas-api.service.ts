import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of, throwError } from 'rxjs';
import { Cents, parseWireMoney, toWireNumber } from '../../shared/money';
import { ApiError } from '../http/api-error';
import { AbrirCajaRequestDto, CajaDto, CerrarCajaRequestDto, SesionCajaDto } from './caja.dto';
import { Caja, SesionCaja, toCaja, toSesionCaja } from './caja.model';

/** The cashier-session endpoints of the service (`/cajas`). */
@Injectable({ providedIn: 'root' })
export class CajasApiService {
  private readonly http = inject(HttpClient);

  getCajas(): Observable<Caja[]> {
    return this.http.get<CajaDto[]>('/cajas').pipe(map((list) => list.map(toCaja)));
  }

  /** The user's open session, or null: the service answers 404 when there is none. */
  getSesionActiva(idUsuario: number): Observable<SesionCaja | null> {
    return this.http.get<SesionCajaDto>(`/cajas/sesion-activa/${idUsuario}`).pipe(
      map(toSesionCaja),
      catchError((error: unknown) =>
        error instanceof ApiError && error.status === 404 ? of(null) : throwError(() => error),
      ),
    );
  }

  /** The till's cash now: a bare `500.00` text body (text/html), not JSON. */
  getTillBalance(idSesion: number): Observable<Cents> {
    return this.http
      .get(`/cajas/sesion/${idSesion}/balance`, { responseType: 'text' })
      .pipe(map((text) => parseWireMoney(text)));
  }

  abrir(params: {
    idCaja: number;
    idUsuario: number;
    montoInicial?: Cents;
  }): Observable<SesionCaja> {
    const body: AbrirCajaRequestDto = {
      id_caja: params.idCaja,
      id_usuario: params.idUsuario,
      id_user_create: params.idUsuario,
      ...(params.montoInicial !== undefined
        ? { monto_inicial: toWireNumber(params.montoInicial) }
        : {}),
    };
    return this.http.post<SesionCajaDto>('/cajas/abrir', body).pipe(map(toSesionCaja));
  }

  cerrar(idSesion: number, montoFinalReal: Cents, idUsuario: number): Observable<SesionCaja> {
    const body: CerrarCajaRequestDto = {
      monto_final_real: toWireNumber(montoFinalReal),
      id_user_update: idUsuario,
    };
    return this.http
      .patch<SesionCajaDto>(`/cajas/sesion/${idSesion}/cerrar`, body)
      .pipe(map(toSesionCaja));
  }
}
