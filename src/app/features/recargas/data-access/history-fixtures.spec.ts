import { Cents } from '../../../shared/money';
import { HistoryRecord } from './history-index';
import { OperadoraNombre } from './operadora';

/** A history row for specs: only what a spec cares about needs saying. */
export function row(partial: Partial<HistoryRecord> & { id: number; at: string }): HistoryRecord {
  return {
    operadora: OperadoraNombre.Tigo,
    monto: 1000 as Cents,
    idSesion: 1,
    idUsuario: 3,
    numeroCliente: '76543210',
    ...partial,
    fechaHora: new Date(partial.at),
  };
}

/** Newest first, as the store keeps them. */
export function newestFirst(rows: HistoryRecord[]): HistoryRecord[] {
  return rows.sort((a, b) => b.fechaHora.getTime() - a.fechaHora.getTime() || b.id - a.id);
}
