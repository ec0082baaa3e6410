import { TestBed } from '@angular/core/testing';
import { BoliviaToday } from './bolivia-today';
import { boliviaDay } from './history-filter';

describe('BoliviaToday', () => {
  afterEach(() => jasmine.clock().uninstall());

  it('moves on at the Bolivian midnight (04:00Z), not at the UTC one, and again a day later', () => {
    jasmine.clock().install();
    // 2026-11-30 23:59:00 in La Paz.
    const before = Date.UTC(2026, 11, 1, 3, 59, 0);
    jasmine.clock().mockDate(new Date(before));
    const today = TestBed.inject(BoliviaToday).value;
    const day = boliviaDay(before);
    expect(today()).toBe(day);
    jasmine.clock().tick(59_000);
    expect(today()).toBe(day);
    jasmine.clock().tick(1_100);
    expect(today()).toBe(day + 1);
    jasmine.clock().tick(86_400_000);
    expect(today()).toBe(day + 2);
  });
});
