import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Subscription } from 'rxjs';
import { AuthService } from '../../../../core/auth/auth.service';
import { ApiError } from '../../../../core/http/api-error';
import { StagedRenders } from '../../../../shared/staged-render';
import { apiTestingProviders, storeSignedIn } from '../../../../../testing/providers';
import { columnsOf } from './column-ops';
import {
  DownloadEvent,
  HISTORY_WORKER,
  HistoryDownloader,
  WorkerPort,
} from './history-worker.client';
import { FromWorker, ToWorker } from './protocol';

class FakeWorker implements WorkerPort {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  readonly sent: ToWorker[] = [];
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  answer(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
  /** The last fetch job sent. */
  get job(): Extract<ToWorker, { type: 'fetch' }> {
    const jobs = this.sent.filter((m) => m.type === 'fetch');
    return jobs[jobs.length - 1] as Extract<ToWorker, { type: 'fetch' }>;
  }
}

const UNAUTHORIZED = '{"statusCode":401,"message":"Unauthorized","error_detail":null}';
const columns = columnsOf('recargas', []);

describe('HistoryDownloader', () => {
  let worker: FakeWorker;
  let http: HttpTestingController;
  let downloader: HistoryDownloader;
  let events: DownloadEvent[];
  let error: ApiError | undefined;
  let sub: Subscription;

  beforeEach(() => {
    storeSignedIn('cajero', 3, 'Carla');
    worker = new FakeWorker();
    TestBed.configureTestingModule({
      providers: [...apiTestingProviders(), { provide: HISTORY_WORKER, useValue: () => worker }],
    });
    http = TestBed.inject(HttpTestingController);
    downloader = TestBed.inject(HistoryDownloader);
    events = [];
    error = undefined;
    sub = downloader.download('recargas', 'W/"7"').subscribe({
      next: (e) => events.push(e),
      error: (e: ApiError) => (error = e),
    });
  });

  afterEach(() => {
    sub.unsubscribe();
    http.verify();
    sessionStorage.clear();
  });

  const fail401 = () =>
    worker.answer({ type: 'failed', job: worker.job.job, status: 401, body: UNAUTHORIZED });
  const refresh = (token: string) =>
    http.expectOne('/api/auth/refresh_token').flush({ access_token: token });

  it('has the worker fetch the history with the bearer token and the last ETag', () => {
    expect(worker.job.url).toMatch(/^http.*\/api\/recargas\/historial\/clientes$/);
    expect(worker.job.headers).toEqual({ Authorization: 'Bearer a', 'If-None-Match': 'W/"7"' });
    worker.answer({ type: 'progress', job: worker.job.job, loaded: 10, total: 20 });
    worker.answer({
      type: 'done',
      job: worker.job.job,
      columns,
      sesiones: [],
      etag: 'W/"8"',
      timing: null,
    });
    expect(events.map((e) => e.kind)).toEqual(['progress', 'done']);
  });

  it('on a 401 refreshes the token once and retries with the new one', () => {
    fail401();
    refresh('b');
    expect(worker.job.headers['Authorization']).toBe('Bearer b');
    worker.answer({ type: 'not-modified', job: worker.job.job, etag: 'W/"7"', timing: null });
    expect(events).toEqual([{ kind: 'not-modified', etag: 'W/"7"' }]);
    expect(error).toBeUndefined();
  });

  it('when the refreshed token is refused too, asks to sign in and retries after it', () => {
    fail401();
    refresh('b');
    fail401();
    const auth = TestBed.inject(AuthService);
    expect(auth.reloginRequired()).toBeTrue();
    expect(worker.sent.filter((m) => m.type === 'fetch').length).toBe(2);
    auth.login('cajero@kantuta.bo', 'cajero123').subscribe();
    http.expectOne('/api/auth/login').flush({
      access_token: 'c',
      refresh_token: 'r2',
      user: { id: 3, name: 'Carla', email: 'x', role: { id: 2, nombre: 'Operador' } },
    });
    expect(worker.job.headers['Authorization']).toBe('Bearer c');
    worker.answer({
      type: 'done',
      job: worker.job.job,
      columns,
      sesiones: [],
      etag: null,
      timing: null,
    });
    expect(events.length).toBe(1);
  });

  it('lets the worker go on past the first rows once the screen is built, not before', async () => {
    const renders = TestBed.inject(StagedRenders);
    const building = renders.begin(); // a screen still rendering its stages
    const idle: IdleRequestCallback[] = [];
    spyOn(window, 'requestIdleCallback').and.callFake((run: IdleRequestCallback) => {
      idle.push(run);
      return idle.length;
    });
    const { job } = worker.job;
    worker.answer({ type: 'preview', job, columns });
    expect(events.map((e) => e.kind)).toEqual(['preview']);
    const resumes = () => worker.sent.filter((m) => m.type === 'resume');
    const idleNow = async () => {
      idle.splice(0).forEach((run) => run({ didTimeout: false, timeRemaining: () => 50 }));
      await new Promise((resolve) => setTimeout(resolve));
    };
    await idleNow(); // the page idle, but the screen not built yet
    expect(resumes()).toEqual([]);
    building();
    await idleNow();
    expect(resumes()).toEqual([{ type: 'resume', job }]);
  });

  it('lets the worker go on at once when no screen is being built (a refresh, a verdict)', () => {
    const { job } = worker.job;
    worker.answer({ type: 'preview', job, columns });
    expect(worker.sent.filter((m) => m.type === 'resume')).toEqual([{ type: 'resume', job }]);
  });

  it('tells a cancelled job nothing more', async () => {
    const building = TestBed.inject(StagedRenders).begin();
    const { job } = worker.job;
    worker.answer({ type: 'preview', job, columns });
    sub.unsubscribe();
    building();
    await new Promise((resolve) => setTimeout(resolve, 250)); // past the idle time limit
    expect(worker.sent.filter((m) => m.type === 'resume')).toEqual([]);
    expect(worker.sent.at(-1)).toEqual({ type: 'cancel', job });
  });

  it('says there was no answer, and stops the worker job when nobody waits', () => {
    worker.answer({ type: 'failed', job: worker.job.job, status: 0, body: '' });
    expect(error?.noAnswer).toBe('network');
    const again = downloader.download('inyecciones', null).subscribe();
    const job = worker.job.job;
    again.unsubscribe();
    expect(worker.sent.at(-1)).toEqual({ type: 'cancel', job });
  });
});
