import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Cents } from '../../../shared/money';
import { OperadoraNombre, isOperadora } from './operadora';

export const POOL_SETTINGS_KEY = 'kantuta.pools';
export const DEFAULT_CLOSING = '21:00';

/** A low-balance threshold per operator; an operator without one uses the app's default. */
export type Umbrales = Readonly<Partial<Record<OperadoraNombre, Cents>>>;

export interface PoolSettings {
  umbrales: Umbrales;
  /** The shop's closing time, `HH:MM` in Bolivia. */
  cierre: string;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_CENTS = 999_999_999_999;

/** What localStorage holds, checked field by field: anything odd falls back to the default. */
export function parsePoolSettings(raw: string | null): PoolSettings {
  const settings: PoolSettings = { umbrales: {}, cierre: DEFAULT_CLOSING };
  if (!raw) return settings;
  try {
    const v = JSON.parse(raw) as { umbrales?: unknown; cierre?: unknown };
    if (typeof v.cierre === 'string' && HHMM.test(v.cierre)) settings.cierre = v.cierre;
    if (v.umbrales && typeof v.umbrales === 'object') {
      const umbrales: Partial<Record<OperadoraNombre, Cents>> = {};
      for (const [op, cents] of Object.entries(v.umbrales)) {
        if (isOperadora(op) && Number.isInteger(cents) && cents >= 0 && cents <= MAX_CENTS)
          umbrales[op] = cents as Cents;
      }
      settings.umbrales = umbrales;
    }
  } catch {
    // Corrupt storage: the defaults.
  }
  return settings;
}

/**
 * The supervisor's pool settings, kept on this device (localStorage): thresholds per
 * operator and the closing time the forecast aims at. Read by the resumen and by the
 * counter's balance panel.
 */
@Injectable({ providedIn: 'root' })
export class PoolSettingsStore {
  private readonly state = signal(parsePoolSettings(localStorage.getItem(POOL_SETTINGS_KEY)));

  readonly umbrales = computed(() => this.state().umbrales);
  readonly cierre = computed(() => this.state().cierre);

  constructor() {
    // Another tab of this device changed them.
    const onStorage = (e: StorageEvent) => {
      if (e.key === POOL_SETTINGS_KEY) this.state.set(parsePoolSettings(e.newValue));
    };
    window.addEventListener('storage', onStorage);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('storage', onStorage));
  }

  /** null removes the operator's threshold (back to the default). */
  setUmbral(operadora: OperadoraNombre, cents: Cents | null): void {
    const umbrales = { ...this.state().umbrales };
    if (cents === null) delete umbrales[operadora];
    else umbrales[operadora] = cents;
    this.save({ ...this.state(), umbrales });
  }

  setCierre(hhmm: string): void {
    if (HHMM.test(hhmm)) this.save({ ...this.state(), cierre: hhmm });
  }

  private save(settings: PoolSettings): void {
    this.state.set(settings);
    localStorage.setItem(POOL_SETTINGS_KEY, JSON.stringify(settings));
  }
}
