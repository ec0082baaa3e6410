/** Audit fields every record of the Kantuta POS service carries. */
export interface AuditFieldsDto {
  estado: boolean;
  id_user_create: number | null;
  id_user_update: number | null;
  created_at: string;
  updated_at: string;
}

/** The one error body of the service; `stack` is sent outside production and never shown. */
export interface ErrorBodyDto {
  statusCode: number;
  timestamp: string;
  path: string;
  message: string | string[];
  error_detail: string | null;
  stack?: string;
}
