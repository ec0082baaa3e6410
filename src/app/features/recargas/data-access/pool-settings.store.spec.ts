import { TestBed } from '@angular/core/testing';
import { Cents } from '../../../shared/money';
import { OperadoraNombre } from './operadora';
import { POOL_SETTINGS_KEY, PoolSettingsStore, parsePoolSettings } from './pool-settings.store';

describe('PoolSettingsStore', () => {
  afterEach(() => localStorage.clear());

  it('starts at 21:00 with no thresholds, and ignores what is not a setting', () => {
    expect(parsePoolSettings(null)).toEqual({ umbrales: {}, cierre: '21:00' });
    expect(parsePoolSettings('{no json')).toEqual({ umbrales: {}, cierre: '21:00' });
    expect(
      parsePoolSettings(
        JSON.stringify({ cierre: '25:00', umbrales: { Tigo: 20000, Claro: 5, Viva: 10.5 } }),
      ),
    ).toEqual({ umbrales: { Tigo: 20000 as Cents }, cierre: '21:00' });
  });

  it('keeps thresholds and the closing time on this device', () => {
    const store = TestBed.inject(PoolSettingsStore);
    store.setUmbral(OperadoraNombre.Entel, 35000 as Cents);
    store.setCierre('19:30');
    store.setCierre('7pm');
    expect(store.umbrales()).toEqual({ Entel: 35000 as Cents });
    expect(JSON.parse(localStorage.getItem(POOL_SETTINGS_KEY) ?? '')).toEqual({
      umbrales: { Entel: 35000 },
      cierre: '19:30',
    });
    store.setUmbral(OperadoraNombre.Entel, null);
    expect(store.umbrales()).toEqual({});
    TestBed.resetTestingModule();
    localStorage.setItem(POOL_SETTINGS_KEY, JSON.stringify({ umbrales: {}, cierre: '20:15' }));
    expect(TestBed.inject(PoolSettingsStore).cierre()).toBe('20:15');
  });
});
