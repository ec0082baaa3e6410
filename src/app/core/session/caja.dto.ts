import { AuditFieldsDto } from '../../shared/audit.dto';

export type EstadoSesion = 'ABIERTA' | 'CERRADA';
export type EspecialidadCaja = 'SOLO_VENTAS' | 'SOLO_AGENTES' | 'MIXTA';

/** Money is a decimal string on reads; POST/PATCH answers echo numbers (with float noise on close). */
export type WireMoney = string | number;

export interface CajaDto extends AuditFieldsDto {
  id: number;
  nombre: string;
  especialidad: EspecialidadCaja;
  saldo: WireMoney;
}

export interface SesionCajaDto extends AuditFieldsDto {
  id: number;
  id_caja: number;
  id_usuario: number;
  monto_inicial: WireMoney;
  monto_final_teorico: WireMoney | null;
  monto_final_real: WireMoney | null;
  diferencia: WireMoney | null;
  estado_sesion: EstadoSesion;
  fecha_apertura: string;
  fecha_cierre: string | null;
  caja?: CajaDto;
}

export interface AbrirCajaRequestDto {
  id_caja: number;
  monto_inicial?: number;
  id_usuario: number;
  id_user_create: number;
}

export interface CerrarCajaRequestDto {
  monto_final_real: number;
  id_user_update: number;
}
