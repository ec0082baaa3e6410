/** Runtime switches of the mock, kept in localStorage so e2e and dev can change them live. */
export interface MockConfig {
  /** Delay before every answer, in ms. */
  latencyMs: number;
  /** Lifetime of an access token, in seconds (the service: 15 min). */
  tokenTtlSec: number;
  /** Reproduce the service defect: a refreshed access token lacks roleName. */
  refreshDefect: boolean;
  /** The app's own time limit for an answer (API_CONFIG.timeoutMs), short in fault tests. */
  apiTimeoutMs: number;
  /** The app's grace period before re-reading the history after a timeout (short in tests). */
  reconcileGraceMs: number;
  /**
   * Minutes without input before the page locks (the app's IDLE_LOCK_MINUTES); absent means
   * the app's default of 10. Read by src/app/core/auth/idle-lock.service.ts at start.
   */
  idleLockMinutes?: number;
}

export const CONFIG_STORAGE_KEY = 'kantuta.mock.config';

export const DEFAULT_CONFIG: MockConfig = {
  latencyMs: 150,
  tokenTtlSec: 900,
  refreshDefect: false,
  apiTimeoutMs: 15000,
  reconcileGraceMs: 5000,
};

export interface ConfigStore {
  read(): MockConfig;
  write(partial: Partial<MockConfig>): MockConfig;
}

/** Keeps only known keys of the right type, so a hand-edited value cannot break the mock. */
export function sanitizeConfig(raw: unknown): MockConfig {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const num = (key: 'latencyMs' | 'tokenTtlSec' | 'apiTimeoutMs' | 'reconcileGraceMs') => {
    const value = source[key];
    return typeof value === 'number' && Number.isFinite(value) && value >= 0
      ? value
      : DEFAULT_CONFIG[key];
  };
  const defect = source['refreshDefect'];
  const idle = source['idleLockMinutes'];
  return {
    latencyMs: num('latencyMs'),
    tokenTtlSec: num('tokenTtlSec'),
    apiTimeoutMs: num('apiTimeoutMs'),
    reconcileGraceMs: num('reconcileGraceMs'),
    refreshDefect: typeof defect === 'boolean' ? defect : DEFAULT_CONFIG.refreshDefect,
    ...(typeof idle === 'number' && Number.isFinite(idle) && idle > 0
      ? { idleLockMinutes: idle }
      : {}),
  };
}

/** Re-read on every request: tests flip a switch between two calls. */
export function localStorageConfig(storage: Storage = localStorage): ConfigStore {
  const read = (): MockConfig => {
    try {
      return sanitizeConfig(JSON.parse(storage.getItem(CONFIG_STORAGE_KEY) ?? '{}'));
    } catch {
      return { ...DEFAULT_CONFIG };
    }
  };
  return {
    read,
    write(partial) {
      const next = sanitizeConfig({ ...read(), ...partial });
      storage.setItem(CONFIG_STORAGE_KEY, JSON.stringify(next));
      return next;
    },
  };
}

export function memoryConfig(initial: Partial<MockConfig> = {}): ConfigStore {
  let current = sanitizeConfig({ ...DEFAULT_CONFIG, ...initial });
  return {
    read: () => ({ ...current }),
    write(partial) {
      current = sanitizeConfig({ ...current, ...partial });
      return { ...current };
    },
  };
}
