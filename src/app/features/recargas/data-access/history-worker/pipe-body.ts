import { HistoryList } from './columns';
import { fetchHistory } from './download';
import type { WorkerPort } from './history-worker.client';
import { FromWorker } from './protocol';

/**
 * The download made by the page, its body piped chunk by chunk (transferred, not copied) to
 * the worker, which parses and indexes it as if it had fetched it. For a backend that answers
 * only the page's own requests. Failures and a 304 are reported by `report`.
 */
export function pipeBody(
  port: WorkerPort,
  job: number,
  list: HistoryList,
  url: string,
  headers: Record<string, string>,
  report: (message: FromWorker) => void,
): AbortController {
  const controller = new AbortController();
  void fetchHistory({ job, list, url, headers }, report, controller.signal, (total) => {
    port.postMessage({ type: 'open', job, list, total });
    return {
      push: (chunk) => {
        const bytes = chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
        port.postMessage({ type: 'chunk', job, bytes }, { transfer: [bytes.buffer] });
      },
      end: (etag, timing) => port.postMessage({ type: 'end', job, etag, timing }),
    };
  });
  return controller;
}
