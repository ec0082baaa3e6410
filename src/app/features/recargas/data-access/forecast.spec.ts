import { Cents } from '../../../shared/money';
import { closingTime, dayStartMs, forecastPool, paceStart, salesPace } from './forecast';
import { boliviaDay } from './history-filter';

/** 2026-11-25 at hh:mm in Bolivia (UTC-4), epoch ms. */
const bo = (hh: number, mm = 0) => Date.UTC(2026, 10, 25, hh + 4, mm);
const sale = (hh: number, mm: number, bs: number) => ({
  fechaHora: new Date(bo(hh, mm)),
  monto: (bs * 100) as Cents,
});
const DAY = boliviaDay(bo(12));
const CLOSING = closingTime(DAY, '21:00');
const cents = (bs: number) => (bs * 100) as Cents;

describe('forecast', () => {
  it('places the day and the closing time on the Bolivian clock', () => {
    expect(new Date(dayStartMs(DAY)).toISOString()).toBe('2026-11-25T04:00:00.000Z');
    expect(new Date(CLOSING).toISOString()).toBe('2026-11-26T01:00:00.000Z');
  });

  describe('salesPace', () => {
    const sales = [sale(9, 0, 500), sale(10, 30, 100), sale(11, 0, 150), sale(11, 45, 50)];

    it('is the last two hours of sales, per hour', () => {
      expect(salesPace(sales, bo(12), bo(8))).toBe(15000);
    });

    it('is zero without sales in the window', () => {
      expect(salesPace([sale(8, 10, 40)], bo(12), bo(8))).toBe(0);
      expect(salesPace([], bo(12), bo(8))).toBe(0);
    });

    it('uses the day so far when the day has just begun', () => {
      expect(salesPace([sale(8, 20, 20)], bo(8, 40), bo(8))).toBe(3000);
    });

    it('never reads a few minutes as an hour: at least a quarter of an hour', () => {
      expect(salesPace([sale(8, 3, 20)], bo(8, 5), bo(8))).toBe(8000);
    });

    it("counts the sales the service stamped after this device's clock (a clock minutes behind)", () => {
      // The device says 08:10; the service's sales are at 08:12 and 08:14.
      expect(salesPace([sale(8, 12, 20), sale(8, 14, 10)], bo(8, 10), bo(8))).toBe(12000);
      // Far in the future is not a clock behind: not counted.
      expect(salesPace([sale(11, 0, 20)], bo(8, 10), bo(8))).toBe(0);
    });
  });

  describe('paceStart', () => {
    const midnight = bo(0);

    it("is the first till opened today, or the day's first sale when earlier", () => {
      expect(paceStart(midnight, bo(9), [bo(8), bo(8, 30)], [sale(8, 10, 20)])).toBe(bo(8));
      expect(paceStart(midnight, bo(9), [bo(8, 30)], [sale(8, 10, 20)])).toBe(bo(8, 10));
    });

    it('does not reach back to midnight for a till kept open overnight', () => {
      const yesterday = bo(-4); // 20:00 the day before
      // At 08:30 with sales since 08:00: half an hour of selling, not eight and a half hours.
      expect(paceStart(midnight, bo(8, 30), [yesterday], [sale(8, 0, 50), sale(8, 20, 30)])).toBe(
        bo(8),
      );
      expect(paceStart(midnight, bo(8, 30), [yesterday], [])).toBe(midnight);
    });
  });

  describe('forecastPool', () => {
    const at = (now: number, saldo: number, pace: number, umbral?: number) =>
      forecastPool({
        saldo: cents(saldo),
        pace,
        now,
        closing: CLOSING,
        umbral: umbral === undefined ? null : cents(umbral),
      });

    it('says when the pool runs out before closing', () => {
      const f = at(bo(12), 600, 15000);
      expect(f.text).toBe('se agota hoy a las 16:00');
      expect(f.runsOutAt?.toISOString()).toBe('2026-11-25T20:00:00.000Z');
      expect(at(bo(12), 612.5, 15000).text).toBe('se agota hoy a las 16:05');
    });

    it('says it lasts for today when it outlives closing time', () => {
      expect(at(bo(12), 1500, 15000).text).toBe('alcanza para hoy');
    });

    it('lasts for today when nothing is being sold (pace zero)', () => {
      const f = at(bo(12), 50, 0);
      expect(f.text).toBe('alcanza para hoy');
      expect(f.runsOutAt).toBeNull();
    });

    it('says how many hours it lasts once the shop is closed', () => {
      expect(at(bo(21, 30), 450, 15000).text).toBe('alcanza para 3 h');
      expect(at(bo(21, 30), 50, 15000).text).toBe('alcanza para 20 min');
    });

    it('flags a pool already below the threshold, and an empty one', () => {
      const low = at(bo(12), 50, 15000, 200);
      expect(low.belowThreshold).toBeTrue();
      expect(low.text).toBe('se agota hoy a las 12:20');
      expect(at(bo(12), 250, 15000, 200).belowThreshold).toBeFalse();
      expect(at(bo(12), 0, 15000, 200).text).toBe('sin saldo');
    });

    it('forecasts a day just begun from its first sales', () => {
      const pace = salesPace([sale(8, 3, 20)], bo(8, 5), bo(8));
      expect(at(bo(8, 5), 100, pace).text).toBe('se agota hoy a las 09:20');
    });
  });
});
