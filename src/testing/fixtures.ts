/**
 * Verbatim bodies of the real service (../shared/fixtures/real-backend), copied for specs:
 * Karma cannot read files outside the workspace at run time.
 */
export const SALDOS_BODY = [
  {
    estado: true,
    id_user_create: null,
    id_user_update: null,
    created_at: '2026-11-25T20:29:17.909Z',
    updated_at: '2026-11-25T20:29:17.909Z',
    id: 1,
    nombre_operadora: 'Tigo',
    saldo_actual: '1500.00',
  },
  {
    estado: true,
    id_user_create: null,
    id_user_update: null,
    created_at: '2026-11-25T20:29:17.909Z',
    updated_at: '2026-11-25T20:29:17.909Z',
    id: 2,
    nombre_operadora: 'Entel',
    saldo_actual: '800.00',
  },
];

export const SESION_ABIERTA_BODY = {
  estado: true,
  id_user_create: 3,
  id_user_update: null,
  created_at: '2026-11-25T20:29:39.073Z',
  updated_at: '2026-11-25T20:29:39.073Z',
  id: 1,
  monto_inicial: '500.00',
  monto_final_teorico: null,
  monto_final_real: null,
  diferencia: null,
  estado_sesion: 'ABIERTA',
  fecha_apertura: '2026-11-25T20:29:39.073Z',
  fecha_cierre: null,
  id_caja: 1,
  id_usuario: 3,
};

/** `GET /cajas` lists tills like this one (Caja 01), holding `saldo` in cash. */
export function cajaBody(saldo = '500.00') {
  return {
    estado: true,
    id_user_create: null,
    id_user_update: null,
    created_at: '',
    updated_at: '',
    id: 1,
    nombre: 'Caja 01',
    especialidad: 'MIXTA',
    saldo,
  };
}

export const ABRIR_CAJA_BODY = { ...SESION_ABIERTA_BODY, monto_inicial: 500 };

export const CERRAR_CAJA_BODY = {
  ...SESION_ABIERTA_BODY,
  id_user_update: 3,
  updated_at: '2026-11-25T20:31:22.239Z',
  monto_final_teorico: 454.55999999999995,
  monto_final_real: 454.56,
  diferencia: JSON.parse('5.684341886080802e-14') as number,
  estado_sesion: 'CERRADA',
  fecha_cierre: '2026-11-25T20:31:22.237Z',
};

export const RECARGA_OK_BODY = {
  estado: true,
  id_user_create: 3,
  id_user_update: null,
  created_at: '2026-11-25T20:29:50.720Z',
  updated_at: '2026-11-25T20:29:50.720Z',
  id: 1,
  operadora: 'Tigo',
  numero_cliente: '76543210',
  monto: 20,
  fecha_hora: '2026-11-25T20:29:50.720Z',
  id_caja_sesion: 1,
};

export const INYECCION_OK_BODY = {
  estado: true,
  id_user_create: 3,
  id_user_update: null,
  created_at: '2026-11-25T20:30:08.977Z',
  updated_at: '2026-11-25T20:30:08.977Z',
  id: 1,
  operadora_destino: 'Viva',
  monto: 100,
  fecha_hora: '2026-11-25T20:30:08.977Z',
  id_caja_origen: 1,
};

export const HISTORIAL_CLIENTES_BODY = [
  {
    ...RECARGA_OK_BODY,
    id: 2,
    monto: '10.56',
    created_at: '2026-11-25T20:29:56.409Z',
    updated_at: '2026-11-25T20:29:56.409Z',
    fecha_hora: '2026-11-25T20:29:56.409Z',
    caja_sesion: SESION_ABIERTA_BODY,
  },
  { ...RECARGA_OK_BODY, monto: '20.00', caja_sesion: SESION_ABIERTA_BODY },
];

export const HISTORIAL_INYECCIONES_BODY = [
  { ...INYECCION_OK_BODY, monto: '100.00', caja_origen: SESION_ABIERTA_BODY },
];

export const LOGIN_OK_BODY = {
  access_token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOjMsInVzZXJuYW1lIjoiT3NjYXIgT3BlcmFkb3IgUHJ1ZWJhIiwicm9sZU5hbWUiOiJPcGVyYWRvciIsInJvbGVJZCI6MiwiaWF0IjoxNzk1NjM4NTc5LCJleHAiOjE3OTU2NjczNzl9.c2lnbmF0dXJlLW5vdC12YWxpZA',
  refresh_token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOjMsImlhdCI6MTc5NTYzODU3OSwiZXhwIjoxNzk2MjQzMzc5fQ.c2lnbmF0dXJlLW5vdC12YWxpZA',
  user: {
    estado: true,
    id_user_create: null,
    id_user_update: null,
    created_at: '2026-11-25T20:29:17.906Z',
    updated_at: '2026-11-25T20:29:17.906Z',
    id: 3,
    name: 'Oscar Operador Prueba',
    email: 'operador@kantuta.test',
    password: '$2b$10$Qm9ndXNIYXNoRm9yVGVzdHMuTm90UmVhbC5YWFhYWFhYWFhYWFhYWFh',
    persona: {
      id: 2,
      nombres: 'Oscar',
      p_apellido: 'Operador',
      s_apellido: 'Prueba',
      fecha_nacimiento: '1995-05-05',
      genero: 'M',
    },
    role: { id: 2, nombre: 'Operador' },
  },
};

export const REFRESH_OK_BODY = {
  access_token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOjMsInVzZXJuYW1lIjoiT3NjYXIgT3BlcmFkb3IgUHJ1ZWJhIiwiaWF0IjoxNzk1NjM4NTgwLCJleHAiOjE3OTU2NjczODB9.c2lnbmF0dXJlLW5vdC12YWxpZA',
};

export function errorBody(
  status: number,
  path: string,
  message: string | string[],
  detail: string | null,
) {
  return {
    statusCode: status,
    timestamp: '2026-11-25T20:31:22.267Z',
    path,
    message,
    error_detail: detail,
    stack: 'Error: boom\n    at Service.method (/app/dist/x.js:1:1)',
  };
}
