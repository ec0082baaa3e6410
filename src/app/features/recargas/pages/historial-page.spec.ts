import { WritableSignal, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../../core/auth/auth.service';
import { ApiError } from '../../../core/http/api-error';
import { CallState } from '../../../core/http/call-state';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { UsuariosStore } from '../../../core/users/usuarios.store';
import { Cents } from '../../../shared/money';
import { row } from '../data-access/history-fixtures.spec';
import { boliviaDay, dayToIso } from '../data-access/history-filter';
import { HistoryRecord } from '../data-access/history-index';
import { HistorySource } from '../data-access/history-view';
import { InyeccionesHistoryStore, RecargasHistoryStore } from '../data-access/history.store';
import { IdleQueue } from '../../../../testing/idle-queue';

function fakeStore(rows: HistoryRecord[]) {
  const loads = { count: 0 };
  const store: HistorySource<HistoryRecord> = {
    rows: signal(rows),
    state: signal<CallState>('loaded'),
    progress: signal(null),
    refreshing: signal(false),
    loadedAt: signal(null),
    stale: signal(false),
    ensureLoaded: () => void loads.count++,
    reload: () => undefined,
  };
  return { store, loads };
}

describe('History pages (one page, its kind from the route)', () => {
  const today = dayToIso(boliviaDay(Date.now()));
  let recargas: ReturnType<typeof fakeStore>;
  let inyecciones: ReturnType<typeof fakeStore>;
  let idle: IdleQueue;

  beforeEach(() => {
    idle = new IdleQueue();
    idle.install();
    recargas = fakeStore([
      row({ id: 1, at: `${today}T15:00:00Z`, numeroCliente: '76543210', monto: 1000 as Cents }),
    ]);
    inyecciones = fakeStore([
      row({ id: 7, at: `${today}T14:00:00Z`, numeroCliente: undefined, monto: 50000 as Cents }),
    ]);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'recargas', loadChildren: () => import('../recargas.routes') }]),
        { provide: RecargasHistoryStore, useValue: recargas.store },
        { provide: InyeccionesHistoryStore, useValue: inyecciones.store },
        {
          provide: AuthService,
          useValue: { user: signal({ id: 9, name: 'Sofía Mamani', role: 'supervisor' }) },
        },
        { provide: SesionCajaStore, useValue: { sesion: signal(null) } },
        { provide: UsuariosStore, useValue: { label: () => 'Carla', request: () => undefined } },
      ],
    });
  });

  async function open(url: string) {
    const harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    // The heading renders with the route, the screen an idle moment later.
    expect(harness.routeNativeElement!.querySelector('app-history-screen')).toBeNull();
    idle.idle();
    await harness.fixture.whenStable();
    const el = harness.routeNativeElement!;
    const text = (e: Element | null) => e?.textContent?.replace(/\s+/g, ' ').trim();
    return {
      heading: text(el.querySelector('h1')),
      table: el.querySelector('[role="table"]')?.getAttribute('aria-label'),
      // Without the sort arrow (▲ ▼) of the ordered column.
      headers: [...el.querySelectorAll('[role="columnheader"]')].map((h) =>
        text(h)?.replace(/ ?[▲▼]/, ''),
      ),
      cells: [...el.querySelectorAll('[role="row"] [role="cell"]')].map(text),
      title: TestBed.inject(Title).getTitle(),
    };
  }

  it('shows the top-ups, with their numbers, at /recargas/historial/clientes', async () => {
    const page = await open('/recargas/historial/clientes');
    expect(page.heading).toBe('Historial de recargas');
    expect(page.title).toBe('Historial de recargas · Kantuta Recargas');
    expect(page.table).toBe('Recargas');
    expect(page.headers).toEqual(['Fecha', 'Operadora', 'Número', 'Monto', 'Sesión', 'Cajero']);
    expect(page.cells).toContain('Bs 10,00');
    expect(page.cells).toContain('7654 3210');
    expect(recargas.loads.count).toBe(1);
    expect(inyecciones.loads.count).toBe(0);
  });

  it('shows the injections, without a number column, at /recargas/historial/inyecciones', async () => {
    const page = await open('/recargas/historial/inyecciones');
    expect(page.heading).toBe('Historial de inyecciones');
    expect(page.title).toBe('Historial de inyecciones · Kantuta Recargas');
    expect(page.table).toBe('Inyecciones');
    expect(page.headers).toEqual(['Fecha', 'Operadora', 'Monto', 'Sesión', 'Cajero']);
    expect(page.cells).toContain('Bs 500,00');
    expect(inyecciones.loads.count).toBe(1);
    expect(recargas.loads.count).toBe(0);
  });

  it('when the rows are complete: rows first, the totals an idle moment later, then the chart; the cashiers are asked for when idle', async () => {
    const request = spyOn(TestBed.inject(UsuariosStore), 'request');
    const rows = signal<HistoryRecord[] | null>(null);
    Object.assign(recargas.store, { rows, state: signal('loading') });
    const harness = await RouterTestingHarness.create('/recargas/historial/clientes?rango=todo');
    idle.idle();
    await harness.fixture.whenStable();
    idle.idle(); // the filter bar's stages
    await harness.fixture.whenStable();
    const el = harness.routeNativeElement!;
    const totals = () => el.querySelector('app-history-totals');
    const chart = () => el.querySelector('app-history-chart');

    rows.set([
      row({ id: 1, at: `${today}T15:00:00Z`, numeroCliente: '76543210', monto: 1000 as Cents }),
    ]);
    await harness.fixture.whenStable();
    expect(el.querySelectorAll('[role="row"] [role="cell"]').length).toBeGreaterThan(0);
    expect(totals()).toBeNull();
    expect(chart()).toBeNull();
    expect(request).not.toHaveBeenCalled();

    idle.idle();
    await harness.fixture.whenStable();
    expect(totals()?.textContent).toContain('Bs 10,00');
    expect(chart()).toBeNull();
    expect(request).toHaveBeenCalledWith([3]);

    idle.idle();
    await harness.fixture.whenStable();
    expect(chart()).not.toBeNull();
  });

  it('while the first download runs: the loading bar and the table header, no rows yet; then an error: the alert, no table; then an empty history: the empty message', async () => {
    const rows = signal<HistoryRecord[] | null>(null);
    const state: WritableSignal<CallState> = signal('loading');
    Object.assign(recargas.store, {
      rows,
      state,
      progress: signal({ loaded: 1_048_576, total: null }),
    });
    const harness = await RouterTestingHarness.create('/recargas/historial/clientes?rango=todo');
    idle.idle();
    await harness.fixture.whenStable();
    const el = harness.routeNativeElement!;
    const table = () => el.querySelector('[role="table"]');
    expect(el.querySelector('[aria-label="Cargando historial"]')).not.toBeNull();
    expect(table()?.getAttribute('aria-label')).toBe('Recargas');
    expect(el.querySelectorAll('[role="columnheader"]').length).toBeGreaterThan(0);
    expect(el.querySelectorAll('[role="cell"]').length).toBe(0);
    expect(el.querySelector('.empty')).toBeNull();

    state.set({ error: new ApiError(503, ['El servidor no está disponible (503).']) });
    await harness.fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'No se pudo cargar el historial: El servidor no está disponible (503).',
    );
    expect(table()).toBeNull();

    rows.set([]);
    state.set('loaded');
    await harness.fixture.whenStable();
    expect(table()).toBeNull();
    expect(el.querySelector('.empty')?.textContent).toContain('No hay recargas con estos filtros.');
  });
});
