import type { SesionCajaDto } from '../../../../core/session/caja.dto';
import type { HistoryColumns, HistoryList } from './columns';

/** When the answer's first and last byte arrived, in epoch ms (page and worker clocks differ). */
export interface AnswerTiming {
  responseStart: number;
  responseEnd: number;
  bytes: number;
}

/**
 * Page to worker: download a history (with the page's headers), go on past the first rows
 * (the page's screen is built: see HOLD_MAX_MS in download.ts), or stop.
 */
export type ToWorker =
  | { type: 'fetch'; job: number; list: HistoryList; url: string; headers: Record<string, string> }
  | { type: 'resume'; job: number }
  | { type: 'cancel'; job: number };

/** Worker to page. Columns travel as transferred buffers, never copied. */
export type FromWorker =
  | { type: 'progress'; job: number; loaded: number; total: number | null }
  | { type: 'preview'; job: number; columns: HistoryColumns }
  | {
      type: 'done';
      job: number;
      columns: HistoryColumns;
      sesiones: SesionCajaDto[];
      etag: string | null;
      timing: AnswerTiming | null;
    }
  | { type: 'not-modified'; job: number; etag: string | null; timing: AnswerTiming | null }
  /** `status` 0: no answer (network); -1: an answer that is no JSON array of rows. */
  | { type: 'failed'; job: number; status: number; body: string };

export type Post = (message: FromWorker, transfer?: Transferable[]) => void;
