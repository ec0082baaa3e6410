import { TestBed } from '@angular/core/testing';
import { ChartBucket, ChartData } from '../data-access/history-buckets';
import { HistoryChart } from './history-chart';

/** The day number of a calendar day (the input the chart gets from the history). */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** A bucket of one day (or hour) with cents per operator: Tigo, Entel, Viva. */
function bucket(from: number, cents: number[], to = from): ChartBucket {
  return { from, to, cents, total: cents.reduce((s, c) => s + c, 0) };
}

async function render(data: ChartData, unit?: 'dia' | 'hora') {
  const fixture = TestBed.createComponent(HistoryChart);
  fixture.componentRef.setInput('data', data);
  if (unit) fixture.componentRef.setInput('unit', unit);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const svg = el.querySelector('svg')!;
  return {
    el,
    caption: () => el.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim(),
    name: () => svg.getAttribute('aria-label'),
    bars: () => [...svg.querySelectorAll('rect')],
    ticks: () => [...svg.querySelectorAll('text')].map((t) => t.textContent?.trim()),
  };
}

describe('HistoryChart', () => {
  const twoDays: ChartData = {
    buckets: [
      bucket(day('2026-11-24'), [2000, 5000, 0]),
      bucket(day('2026-11-25'), [10000, 0, 3000]),
    ],
    weekly: false,
    max: 13000,
    capped: false,
  };

  it('names the image with the range, the busiest day and the amount per operator', async () => {
    const { name, caption } = await render(twoDays);
    expect(caption()).toContain('Totales diarios por operadora');
    expect(caption()).toContain('Máximo: Bs 130,00');
    expect(name()).toBe(
      'Totales diarios por operadora del 24/11 al 25/11. Día con más monto: 25/11, Bs 130,00. ' +
        'Tigo Bs 120,00, Entel Bs 50,00, Viva Bs 30,00.',
    );
  });

  it('draws one bar per operator with sales, as tall as its amount, in the operator colour', async () => {
    const { bars, el } = await render(twoDays);
    const drawn = bars().map((r) => ({
      height: Math.round(Number(r.getAttribute('height'))),
      fill: getComputedStyle(r).fill,
    }));
    // 150 px of drawing height for the busiest day (Bs 130,00).
    expect(drawn).toEqual([
      { height: 23, fill: 'rgb(10, 61, 145)' },
      { height: 58, fill: 'rgb(161, 78, 0)' },
      { height: 115, fill: 'rgb(10, 61, 145)' },
      { height: 35, fill: 'rgb(46, 125, 50)' },
    ]);
    const swatches = [...el.querySelectorAll('.legend li')].map((li) => [
      li.textContent?.trim(),
      getComputedStyle(li.querySelector('.swatch')!).backgroundColor,
    ]);
    expect(swatches).toEqual([
      ['Tigo', 'rgb(10, 61, 145)'],
      ['Entel', 'rgb(161, 78, 0)'],
      ['Viva', 'rgb(46, 125, 50)'],
    ]);
  });

  it('labels the first and last day under the bars', async () => {
    const { ticks } = await render(twoDays);
    expect(ticks()).toEqual(['24/11', '25/11']);
  });

  it('says when bars are weeks and when only the most recent part is drawn', async () => {
    const { name, caption } = await render({
      buckets: [
        bucket(day('2026-01-05'), [1000, 0, 0], day('2026-01-11')),
        bucket(day('2026-01-12'), [0, 2500, 0], day('2026-01-18')),
      ],
      weekly: true,
      max: 2500,
      capped: true,
    });
    expect(caption()).toContain('Totales semanales por operadora');
    expect(name()).toBe(
      'Totales semanales por operadora del 05/01 al 18/01 (solo el tramo más reciente). ' +
        'Semana con más monto: 18/01, Bs 25,00. Tigo Bs 10,00, Entel Bs 25,00, Viva Bs 0,00.',
    );
  });

  it('counts hours for the resumen: range to the end of the last hour, every third hour labelled', async () => {
    const hours = [8, 9, 10, 11, 12].map((h) => bucket(h, h === 10 ? [4000, 0, 0] : [1000, 0, 0]));
    const { name, ticks, caption } = await render(
      { buckets: hours, weekly: false, max: 4000, capped: false },
      'hora',
    );
    expect(caption()).toContain('Ventas por hora y operadora');
    expect(name()).toBe(
      'Ventas por hora y operadora de 08:00 a 12:59. Hora con más monto: 10:00, Bs 40,00. ' +
        'Tigo Bs 80,00, Entel Bs 0,00, Viva Bs 0,00.',
    );
    expect(ticks()).toEqual(['09:00', '12:00']);
  });
});
