import { Injectable, OnDestroy, signal } from '@angular/core';
import { boliviaDay } from './history-filter';

const DAY_MS = 86_400_000;
/** Bolivia is UTC-4: a Bolivian day starts at 04:00Z. */
const DAY_START_UTC_MS = 4 * 3_600_000;

/**
 * Today on the Bolivian calendar (`boliviaDay`), as a signal that moves on at each Bolivian
 * midnight: what reads it (a history screen's "Hoy") follows a screen left open overnight.
 */
@Injectable({ providedIn: 'root' })
export class BoliviaToday implements OnDestroy {
  private readonly day = signal(boliviaDay(Date.now()));
  readonly value = this.day.asReadonly();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.arm();
  }

  /** Wakes just after the next midnight; a late timer (a sleeping PC) sets the day it finds. */
  private arm(): void {
    const now = Date.now();
    const next = (boliviaDay(now) + 1) * DAY_MS + DAY_START_UTC_MS;
    this.timer = setTimeout(
      () => {
        this.day.set(boliviaDay(Date.now()));
        this.arm();
      },
      next - now + 10,
    );
  }

  ngOnDestroy(): void {
    clearTimeout(this.timer);
  }
}
