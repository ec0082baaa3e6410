import { TestBed } from '@angular/core/testing';
import { Cents } from '../../../shared/money';
import { HistoryRecord } from '../data-access/history-index';
import { OperadoraNombre } from '../data-access/operadora';
import { IdleQueue } from '../../../../testing/idle-queue';
import { HistoryTable } from './history-table';

/** `n` top-ups, newest first, one minute apart from 25/11/2026 14:03 (Bolivia, UTC-4). */
function recargas(n: number): HistoryRecord[] {
  const start = Date.UTC(2026, 10, 25, 18, 3);
  const ops = [OperadoraNombre.Tigo, OperadoraNombre.Entel, OperadoraNombre.Viva];
  return Array.from({ length: n }, (_, i) => ({
    id: n - i,
    operadora: ops[i % 3],
    monto: (2000 + i * 100) as Cents,
    fechaHora: new Date(start - i * 60_000),
    idSesion: 7,
    idUsuario: i % 2 ? 3 : null,
    numeroCliente: String(76543210 + i),
  }));
}

async function render(rows: HistoryRecord[], opts: { numero?: boolean; cajero?: boolean } = {}) {
  const fixture = TestBed.createComponent(HistoryTable);
  const ref = fixture.componentRef;
  ref.setInput('rows', rows);
  ref.setInput('label', 'Recargas a clientes');
  ref.setInput('showNumero', opts.numero ?? false);
  ref.setInput('showCajero', opts.cajero ?? false);
  ref.setInput('sort', { key: 'fecha', dir: 'desc' });
  ref.setInput('cajeroName', (id: number | null) => (id === null ? 'Sin cajero' : `Cajero ${id}`));
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const table = el.querySelector<HTMLElement>('[role="table"]')!;
  const cells = (row: Element) =>
    [...row.querySelectorAll('[role="cell"]')].map((c) => c.textContent?.trim());
  const bodyRows = () => [...el.querySelectorAll('[role="rowgroup"].body [role="row"]')];
  const headers = () =>
    [...el.querySelectorAll('[role="columnheader"]')].map((h) => ({
      name: h.querySelector('button')?.textContent?.replace(/[▲▼]/g, '').trim(),
      sort: h.getAttribute('aria-sort'),
    }));
  return { fixture, el, table, cells, bodyRows, headers };
}

describe('HistoryTable', () => {
  it('is a table named by its label, with the row count of the whole history', async () => {
    const { table, headers } = await render(recargas(3), { numero: true, cajero: true });
    expect(table.getAttribute('aria-label')).toBe('Recargas a clientes');
    expect(table.getAttribute('aria-rowcount')).toBe('4');
    expect(headers()).toEqual([
      { name: 'Fecha', sort: 'descending' },
      { name: 'Operadora', sort: null },
      { name: 'Número', sort: null },
      { name: 'Monto', sort: null },
      { name: 'Sesión', sort: null },
      { name: 'Cajero', sort: null },
    ]);
  });

  it('shows date in Bolivian time, operator, grouped number, amount in Bs, session and cashier', async () => {
    const { bodyRows, cells } = await render(recargas(2), { numero: true, cajero: true });
    expect(bodyRows().map(cells)).toEqual([
      ['25/11/2026 14:03', 'Tigo', '7654 3210', 'Bs 20,00', '7', 'Sin cajero'],
      ['25/11/2026 14:02', 'Entel', '7654 3211', 'Bs 21,00', '7', 'Cajero 3'],
    ]);
  });

  it('leaves out the number and cashier columns when not asked (injections)', async () => {
    const { bodyRows, cells, headers } = await render(recargas(1));
    expect(headers().map((h) => h.name)).toEqual(['Fecha', 'Operadora', 'Monto', 'Sesión']);
    expect(cells(bodyRows()[0])).toEqual(['25/11/2026 14:03', 'Tigo', 'Bs 20,00', '7']);
  });

  it('asks for a sort by the header clicked and marks the column sorted ascending', async () => {
    const { fixture, el, headers } = await render(recargas(3));
    const asked: string[] = [];
    fixture.componentInstance.sortChange.subscribe((key) => asked.push(key));
    const monto = [...el.querySelectorAll<HTMLButtonElement>('button.sort')].find((b) =>
      b.textContent?.includes('Monto'),
    )!;
    monto.click();
    expect(asked).toEqual(['monto']);

    fixture.componentRef.setInput('sort', { key: 'monto', dir: 'asc' });
    await fixture.whenStable();
    expect(headers().find((h) => h.name === 'Monto')?.sort).toBe('ascending');
    expect(headers().find((h) => h.name === 'Fecha')?.sort).toBeNull();
  });

  it('keeps only the rows in view in the page for a long history, and shows later ones on scroll', async () => {
    const { fixture, el, bodyRows, cells, table } = await render(recargas(5000));
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    expect(bodyRows().length).toBeLessThan(40);
    expect(cells(bodyRows()[0])[0]).toBe('25/11/2026 14:03');

    const body = el.querySelector<HTMLElement>('.body')!;
    body.scrollTop = 40 * 1000;
    body.dispatchEvent(new Event('scroll'));
    await fixture.whenStable();
    const shown = bodyRows().map((r) => r.getAttribute('aria-rowindex'));
    expect(bodyRows().length).toBeLessThan(40);
    expect(shown).toContain('1002');
    expect(shown).not.toContain('2');
  });

  it('renders six rows in the first frame, the rest of the view and the buffer an idle moment later', async () => {
    const idle = new IdleQueue();
    idle.install();
    const { fixture, el, bodyRows } = await render(recargas(5000));
    const inView = Math.ceil(el.querySelector<HTMLElement>('.body')!.clientHeight / 40);
    expect(inView).toBeGreaterThan(6);
    expect(bodyRows().map((r) => r.getAttribute('aria-rowindex'))).toEqual([
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);

    idle.idle();
    await fixture.whenStable();
    expect(bodyRows().length).toBe(inView + 6);
    expect(bodyRows().at(-1)!.getAttribute('aria-rowindex')).toBe(String(inView + 6 + 1));
  });

  it('fills a body made taller after the first render (zoom, a larger window) with rows', async () => {
    const idle = new IdleQueue();
    idle.install();
    const { fixture, el, bodyRows } = await render(recargas(5000));
    idle.idle();
    await fixture.whenStable();
    const body = el.querySelector<HTMLElement>('.body')!;
    const before = bodyRows().length;
    body.style.height = '1600px';
    // The observer reports the new size after the browser's next layout.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await fixture.whenStable();
    const last = Number(bodyRows().at(-1)!.getAttribute('aria-rowindex'));
    expect(bodyRows().length).toBeGreaterThan(before);
    expect(last).toBeGreaterThanOrEqual(1600 / 40 + 1);
  });

  it('goes back to the top when the rows change (a new filter)', async () => {
    const { fixture, el, bodyRows } = await render(recargas(2000));
    const body = el.querySelector<HTMLElement>('.body')!;
    body.scrollTop = 40 * 500;
    body.dispatchEvent(new Event('scroll'));
    await fixture.whenStable();

    fixture.componentRef.setInput('rows', recargas(1500));
    await fixture.whenStable();
    expect(body.scrollTop).toBe(0);
    expect(bodyRows()[0].getAttribute('aria-rowindex')).toBe('2');
  });
});
