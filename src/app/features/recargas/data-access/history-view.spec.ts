import { Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { IdleQueue } from '../../../../testing/idle-queue';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../../core/auth/auth.service';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { UsuariosStore } from '../../../core/users/usuarios.store';
import { CallState } from '../../../core/http/call-state';
import { Cents } from '../../../shared/money';
import { row } from './history-fixtures.spec';
import { BoliviaToday } from './bolivia-today';
import { boliviaDay, dayToIso } from './history-filter';
import { HistoryRecord } from './history-index';
import { HistorySource, HistoryView } from './history-view';
import { OperadoraNombre } from './operadora';

const rows = signal<readonly HistoryRecord[] | null>(null);
const source: HistorySource<HistoryRecord> = {
  rows,
  state: signal<CallState>('loaded'),
  progress: signal(null),
  refreshing: signal(false),
  loadedAt: signal(null),
  stale: signal(false),
  ensureLoaded: () => undefined,
  reload: () => undefined,
};

@Component({ template: '' })
class Host {
  readonly view = new HistoryView('recargas', source);
}

describe('HistoryView (filter in the URL)', () => {
  const user = signal({ id: 3, name: 'Carla Quispe', role: 'cajero' as 'cajero' | 'supervisor' });
  let harness: RouterTestingHarness;
  const today = dayToIso(boliviaDay(Date.now()));

  async function open(url: string): Promise<HistoryView> {
    harness = await RouterTestingHarness.create();
    return (await harness.navigateByUrl(url, Host)).view;
  }
  const url = () => TestBed.inject(Router).url;
  const until = async (ok: () => boolean) => {
    while (!ok()) await new Promise((r) => setTimeout(r, 10));
  };

  let names: Map<number, string>;
  let asked: number[];
  let answered: Promise<void>;

  beforeEach(() => {
    names = new Map([[3, 'Carla Quispe']]);
    asked = [];
    answered = Promise.resolve();
    rows.set([
      row({ id: 3, at: `${today}T18:00:00Z`, idSesion: 41, numeroCliente: '76543210' }),
      row({ id: 2, at: `${today}T17:00:00Z`, idSesion: 41, operadora: OperadoraNombre.Entel }),
      row({ id: 1, at: '2025-01-10T15:00:00Z', idSesion: 7, numeroCliente: '71112222' }),
    ]);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: 'h', component: Host }]),
        { provide: AuthService, useValue: { user } },
        { provide: SesionCajaStore, useValue: { sesion: signal({ id: 41, estado: 'ABIERTA' }) } },
        {
          provide: UsuariosStore,
          useValue: {
            label: (id: number) => names.get(id) ?? `Usuario ${id}`,
            request: () => undefined,
            whenAnswered: (ids: Iterable<number>) => {
              asked.push(...ids);
              return answered;
            },
          },
        },
      ],
    });
  });

  it('lands a cashier on the own open session, whole', async () => {
    user.set({ id: 3, name: 'Carla Quispe', role: 'cajero' });
    const view = await open('/h');
    expect(view.filter()).toEqual(
      jasmine.objectContaining({ sesion: 41, desde: null, hasta: null }),
    );
    expect(view.shown().map((r) => r.id)).toEqual([3, 2]);
    expect(view.cajeroName()(3)).toBe('Carla Quispe');
    expect(view.cajeroName()(9)).toBe('Usuario 9');
  });

  it('lands a supervisor on today', async () => {
    user.set({ id: 1, name: 'Sergio Mamani', role: 'supervisor' });
    const view = await open('/h');
    expect(view.filter()).toEqual(
      jasmine.objectContaining({ sesion: null, desde: today, hasta: today }),
    );
  });

  it('a screen left open past midnight without a filter shows the new day, and Hoy with it', async () => {
    user.set({ id: 1, name: 'Sergio Mamani', role: 'supervisor' });
    const clock = signal(boliviaDay(Date.now()));
    TestBed.overrideProvider(BoliviaToday, { useValue: { value: clock } });
    const view = await open('/h');
    expect(view.filter()).toEqual(jasmine.objectContaining({ desde: today, hasta: today }));
    clock.set(clock() + 1); // midnight in La Paz
    const tomorrow = dayToIso(clock());
    expect(view.filter()).toEqual(jasmine.objectContaining({ desde: tomorrow, hasta: tomorrow }));
    expect(view.shown().length).toBe(0); // yesterday's sales are not today's
    view.applyQuickRange('hoy');
    await until(() => url().includes(`desde=${tomorrow}`));
  });

  it('warms the number search when the page is idle, changing nothing on screen', async () => {
    const queue = new IdleQueue();
    queue.install();
    const view = await open('/h?rango=todo&operadora=Tigo');
    const before = view.result();
    expect(queue.size).toBe(2); // the cashiers' names, and the warm-up
    queue.idle();
    await harness.fixture.whenStable();
    expect(view.result()).toBe(before); // the same result: nothing recomputed or replaced
    expect(view.numero()).toBe('');
    expect(url()).toBe('/h?rango=todo&operadora=Tigo');
    // The warm-up is not a kept query: typing a digit filters the rows as ever.
    view.setNumero('7');
    expect(view.shown().map((r) => r.id)).toEqual([3, 1]);
    view.setNumero('71');
    expect(view.shown().map((r) => r.id)).toEqual([1]);
  });

  it('reads the filter and the order from the URL', async () => {
    const view = await open('/h?rango=todo&operadora=Tigo&orden=-sesion');
    expect(view.shown().map((r) => r.id)).toEqual([3, 1]);
    expect(view.sort()).toEqual({ key: 'sesion', dir: 'desc' });
    expect(view.result()?.total).toEqual({ count: 2, cents: 2000 as Cents });
  });

  it('filters at once while typing and writes the URL shortly after', async () => {
    const view = await open('/h?rango=todo');
    view.setNumero('7111 2');
    expect(view.shown().map((r) => r.id)).toEqual([1]);
    await until(() => url().includes('numero='));
    expect(url()).toBe('/h?numero=7111%202&rango=todo');
  });

  it('Todo shows the whole history: it clears a session filter as well as the dates', async () => {
    const view = await open('/h?desde=2026-01-01&sesion=7');
    view.applyQuickRange('todo');
    await until(() => url().includes('rango='));
    expect(url()).toBe('/h?rango=todo');
    expect(view.filter().sesion).toBeNull();
  });

  it('exports once the cashiers are named: no `…` written for good, one file for two clicks', async () => {
    const files: Blob[] = [];
    spyOn(URL, 'createObjectURL').and.callFake((b: Blob | MediaSource) => {
      files.push(b as Blob);
      return 'blob:test';
    });
    spyOn(HTMLAnchorElement.prototype, 'click');
    let answer!: () => void;
    answered = new Promise<void>((r) => (answer = r));
    names.set(3, '…'); // on its way
    const view = await open('/h?rango=todo');
    const first = view.exportCsv();
    void view.exportCsv(); // a second click while waiting
    expect(view.exporting()).toBeTrue();
    expect(asked).toEqual([3]);
    await Promise.resolve();
    expect(files.length).toBe(0);
    names.set(3, 'Carla Quispe');
    answer();
    await first;
    expect(view.exporting()).toBeFalse();
    expect(files.length).toBe(1);
    const csv = await files[0].text();
    expect(csv).toContain('Carla Quispe');
    expect(csv).not.toContain('…');
    expect(csv.trim().split('\r\n').length).toBe(4); // header and the three rows
  });

  it('downloads nothing when the screen is left while the export waits for names', async () => {
    const files: unknown[] = [];
    spyOn(URL, 'createObjectURL').and.callFake((b: Blob | MediaSource) => {
      files.push(b);
      return 'blob:test';
    });
    spyOn(HTMLAnchorElement.prototype, 'click');
    let answer!: () => void;
    answered = new Promise<void>((r) => (answer = r));
    const view = await open('/h?rango=todo');
    const waiting = view.exportCsv();
    harness.fixture.destroy();
    answer();
    await waiting;
    expect(files).toEqual([]);
  });

  it('writes quick ranges, choices and the sort into the URL', async () => {
    const view = await open('/h?rango=todo');
    view.applyQuickRange('hoy');
    await until(() => url().includes('desde='));
    expect(url()).toBe(`/h?desde=${today}&hasta=${today}`);
    view.update({ operadora: OperadoraNombre.Entel });
    await until(() => url().includes('operadora='));
    view.sortBy('monto');
    await until(() => url().includes('orden='));
    expect(url()).toBe(`/h?operadora=Entel&desde=${today}&hasta=${today}&orden=monto`);
    expect(view.shown().map((r) => r.id)).toEqual([2]);
  });
});
