import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { DataChangedService } from '../../../core/realtime/data-changed.service';
import { row } from './history-fixtures.spec';
import { RecargasHistoryStore } from './history.store';
import { columnsOf } from './history-worker/column-ops';
import { DownloadEvent, HistoryDownloader } from './history-worker/history-worker.client';

const T0 = Date.UTC(2026, 10, 25, 15, 0, 0);
/** Rows as [id, session], newest first. */
const done = (...rows: [number, number][]): DownloadEvent => ({
  kind: 'done',
  columns: columnsOf(
    'recargas',
    rows.map(([id, idSesion]) =>
      row({ id, idSesion, at: new Date(T0 - (100 - id) * 60_000).toISOString() }),
    ),
  ),
  sesiones: [],
  etag: null,
});

describe('RecargasHistoryStore.freshReadOfSesiones (a reconcile reads one session)', () => {
  let downloads: Subject<DownloadEvent>[];
  let store: RecargasHistoryStore;
  const finish = (k: number, event: DownloadEvent) => {
    downloads[k].next(event);
    downloads[k].complete();
  };

  beforeEach(() => {
    downloads = [];
    TestBed.configureTestingModule({
      providers: [
        {
          provide: HistoryDownloader,
          useValue: {
            download: () => {
              const events = new Subject<DownloadEvent>();
              downloads.push(events);
              return events;
            },
          },
        },
        { provide: DataChangedService, useValue: { events$: new Subject() } },
        { provide: AuthService, useValue: { user: signal({ id: 3 }) } },
      ],
    });
    store = TestBed.inject(RecargasHistoryStore);
  });

  it("answers the sessions' rows only, with the highest id of the whole read, never making every row", () => {
    const everyRow = spyOn(store, 'rows').and.callThrough();
    let answer: { ids: number[]; maxId: number | null } | undefined;
    store
      .freshReadOfSesiones([1, 7, 1])
      .subscribe((r) => (answer = { ids: r.rows.map((x) => x.id), maxId: r.maxId }));
    expect(downloads.length).toBe(1);
    finish(0, done([9, 2], [8, 7], [6, 1], [5, 2], [4, 1]));
    expect(answer).toEqual({ ids: [6, 4, 8], maxId: 9 });
    expect(everyRow).not.toHaveBeenCalled();
    // The read landed in the store like any other.
    expect(store.columns()?.size).toBe(5);
  });

  it('waits for a download that began before the call, then reads again', () => {
    store.ensureLoaded();
    let answer: number[] | undefined;
    store.freshReadOfSesiones([1]).subscribe((r) => (answer = r.rows.map((x) => x.id)));
    finish(0, done([4, 1]));
    expect(answer).toBeUndefined();
    expect(downloads.length).toBe(2);
    finish(1, done([10, 1], [4, 1]));
    expect(answer).toEqual([10, 4]);
  });

  it('fails with the download', () => {
    let failed = false;
    store.freshReadOfSesiones([1]).subscribe({ error: () => (failed = true) });
    downloads[0].error(new Error('503'));
    expect(failed).toBeTrue();
  });
});
