import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map, throwError } from 'rxjs';
import { ApiError } from '../../../core/http/api-error';
import { checkInyeccion, checkRecarga } from './operacion-checks';
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

/**
 * One method per recargas endpoint of the service, each answering app types. The two history
 * GETs are downloaded by the history worker (history-worker/), not here.
 */
@Injectable({ providedIn: 'root' })
export class RecargasApiService {
  private readonly http = inject(HttpClient);

  getSaldos(): Observable<OperadoraSaldo[]> {
    return this.http
      .get<OperadoraSaldoDto[]>('/recargas/operadoras/saldos')
      .pipe(map((list) => list.map(toOperadoraSaldo)));
  }

  /** Refuses, without sending, anything outside the contract (see operacion-checks.ts). */
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
}
