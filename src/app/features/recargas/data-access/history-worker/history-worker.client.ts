import {
  HttpErrorResponse,
  HttpEvent,
  HttpEventType,
  HttpHeaders,
  HttpRequest,
} from '@angular/common/http';
import {
  EnvironmentInjector,
  Injectable,
  InjectionToken,
  inject,
  runInInjectionContext,
} from '@angular/core';
import { Observable, filter, map, timeout } from 'rxjs';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { API_CONFIG } from '../../../../core/http/api-config';
import { ApiError, toApiError } from '../../../../core/http/api-error';
import { NetworkStatus } from '../../../../core/http/network-status';
import { SesionCaja, toSesionCaja } from '../../../../core/session/caja.model';
import { StagedRenders } from '../../../../shared/staged-render';
import { HistoryColumns, HistoryList } from './columns';
import { AnswerTiming, FromWorker, ToWorker } from './protocol';

/** What a history download tells its store. */
export type DownloadEvent =
  | { kind: 'progress'; loaded: number; total: number | null }
  | { kind: 'preview'; columns: HistoryColumns }
  | { kind: 'done'; columns: HistoryColumns; sesiones: SesionCaja[]; etag: string | null }
  | { kind: 'not-modified'; etag: string | null };

/** The part of a Worker the client uses, so specs can stand in for it. */
export interface WorkerPort {
  postMessage(message: ToWorker, options?: StructuredSerializeOptions): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
}

export const HISTORY_WORKER = new InjectionToken<() => WorkerPort>('HISTORY_WORKER', {
  providedIn: 'root',
  factory: () => () =>
    new Worker(new URL('./history.worker', import.meta.url), { type: 'module' }) as WorkerPort,
});

const PATHS: Record<HistoryList, string> = {
  recargas: '/recargas/historial/clientes',
  inyecciones: '/recargas/historial/inyecciones',
};
/** A 64 MB history takes seconds to produce: the time limit runs between its events. */
const HISTORY_TIMEOUT_MS = 120_000;
/**
 * The longest the page keeps a large download waiting after its first rows for its screen to
 * be built (the worker's own limit, HOLD_MAX_MS, is longer: this one decides).
 */
const SETTLE_MAX_MS = 1500;

/** Carries a download event through the auth interceptor, which passes user events as is. */
interface Carried {
  type: HttpEventType.User;
  event: DownloadEvent;
}

/**
 * Downloads a history in a Web Worker (parse and index off the page's thread) and streams back
 * its events. The request goes through the app's own auth interceptor, so a 401 refreshes the
 * token once and retries, and a refused refresh asks to sign in again and retries after it.
 */
@Injectable({ providedIn: 'root' })
export class HistoryDownloader {
  private readonly injector = inject(EnvironmentInjector);
  private readonly config = inject(API_CONFIG);
  private readonly network = inject(NetworkStatus);
  private readonly createWorker = inject(HISTORY_WORKER);
  private readonly stagedRenders = inject(StagedRenders);
  private worker: WorkerPort | null = null;
  private nextJob = 1;
  private readonly jobs = new Map<number, (message: FromWorker) => void>();

  download(list: HistoryList, etag: string | null): Observable<DownloadEvent> {
    const url = new URL(`${this.config.baseUrl}${PATHS[list]}`, document.baseURI).href;
    const headers = etag ? new HttpHeaders({ 'If-None-Match': etag }) : undefined;
    const request = new HttpRequest('GET', url, { headers });
    return runInInjectionContext(this.injector, () =>
      authInterceptor(request, (req) => this.send(list, req)),
    ).pipe(
      filter((e): e is HttpEvent<unknown> & Carried => 'event' in e),
      map((e) => e.event),
    );
  }

  private send(list: HistoryList, req: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    return new Observable<HttpEvent<unknown>>((subscriber) => {
      const job = this.nextJob++;
      const headers: Record<string, string> = {};
      for (const key of req.headers.keys()) headers[key] = req.headers.get(key) ?? '';
      let marked = false;
      const handle = (m: FromWorker) => {
        if (m.type === 'failed') {
          this.jobs.delete(job);
          subscriber.error(this.failure(m.status, m.body, req.url));
          return;
        }
        this.network.reportAnswer();
        const emit = (event: DownloadEvent) =>
          subscriber.next({ type: HttpEventType.User, event } as Carried);
        if (m.type === 'progress') emit({ kind: 'progress', loaded: m.loaded, total: m.total });
        else if (m.type === 'preview') {
          if (!marked) performance.mark('history:first-rows', { detail: { list } });
          marked = true;
          emit({ kind: 'preview', columns: m.columns });
          // The rest once the screen is built (the worker holds a large answer until then); at
          // once when no screen is being built (a refresh, a verdict's or a close's read).
          const resume = () => {
            if (this.jobs.has(job)) this.port().postMessage({ type: 'resume', job });
          };
          if (this.stagedRenders.building)
            void this.stagedRenders.whenSettled(SETTLE_MAX_MS).then(resume);
          else resume();
        } else {
          this.jobs.delete(job);
          markAnswer(list, m.timing);
          if (m.type === 'done') {
            performance.mark('history:complete', { detail: { list, rows: m.columns.size } });
            const sesiones = m.sesiones.map(toSesionCaja);
            emit({ kind: 'done', columns: m.columns, sesiones, etag: m.etag });
          } else emit({ kind: 'not-modified', etag: m.etag });
          subscriber.complete();
        }
      };
      this.jobs.set(job, handle);
      const port = this.port();
      performance.mark('history:request', { detail: { list } });
      port.postMessage({ type: 'fetch', job, list, url: req.url, headers });
      return () => {
        if (this.jobs.delete(job)) port.postMessage({ type: 'cancel', job });
      };
    }).pipe(timeout({ each: HISTORY_TIMEOUT_MS }));
  }

  private failure(status: number, body: string, url: string): ApiError {
    if (status === 0) {
      this.network.reportNoAnswer();
      return toApiError(new HttpErrorResponse({ status: 0, url }));
    }
    this.network.reportAnswer();
    if (status === -1) return new ApiError(0, ['El historial recibido no es válido.']);
    return toApiError(new HttpErrorResponse({ status, error: body, url }));
  }

  private port(): WorkerPort {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = ({ data }) => this.jobs.get(data.job)?.(data);
    this.worker = worker;
    return worker;
  }
}

/** For the bench: when the answer's first and last byte arrived, as marks on the page's clock. */
function markAnswer(list: HistoryList, timing: AnswerTiming | null): void {
  if (!timing) return;
  const detail = { list, bytes: timing.bytes };
  const at = (epoch: number) => Math.max(0, epoch - performance.timeOrigin);
  performance.mark('history:answer-start', { startTime: at(timing.responseStart), detail });
  performance.mark('history:answer-end', { startTime: at(timing.responseEnd), detail });
}
