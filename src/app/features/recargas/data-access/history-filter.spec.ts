import {
  activeQuickRange,
  boTextToIso,
  boliviaDay,
  dayToIso,
  defaultFilter,
  filterToParams,
  isoToBoText,
  isoToDay,
  parseFilterParams,
  quickRange,
  searchDigits,
} from './history-filter';
import { OperadoraNombre } from './operadora';

const day = (iso: string) => isoToDay(iso) as number;

describe('history filter', () => {
  describe('Bolivian days (UTC-4)', () => {
    it('puts 03:59:59Z on the previous day and 04:00:00Z on the day itself', () => {
      expect(dayToIso(boliviaDay(Date.parse('2026-11-25T03:59:59.999Z')))).toBe('2026-11-24');
      expect(dayToIso(boliviaDay(Date.parse('2026-11-25T04:00:00.000Z')))).toBe('2026-11-25');
      expect(dayToIso(boliviaDay(Date.parse('2026-11-26T03:59:59.999Z')))).toBe('2026-11-25');
    });

    it('reads only real calendar days', () => {
      expect(isoToDay('2026-11-25')).toBe(boliviaDay(Date.parse('2026-11-25T12:00:00Z')));
      expect(isoToDay('2026-02-30')).toBeNull();
      expect(isoToDay('25/11/2026')).toBeNull();
      expect(isoToDay('')).toBeNull();
    });
  });

  describe('dates as typed (dd/mm/aaaa)', () => {
    it('reads day first, with or without leading zeros, slashes, dashes or dots', () => {
      expect(boTextToIso('25/11/2026')).toBe('2026-11-25');
      expect(boTextToIso(' 5/1/2026 ')).toBe('2026-01-05');
      expect(boTextToIso('05-01-2026')).toBe('2026-01-05');
      expect(boTextToIso('25.11.26')).toBe('2026-11-25');
      expect(boTextToIso('2026-11-25')).toBe('2026-11-25');
    });

    it('refuses what is not a real day, month-first dates included', () => {
      expect(boTextToIso('11/25/2026')).toBeNull();
      expect(boTextToIso('31/02/2026')).toBeNull();
      expect(boTextToIso('29/02/2027')).toBeNull();
      expect(boTextToIso('2026-02-30')).toBeNull();
      expect(boTextToIso('25/11')).toBeNull();
      expect(boTextToIso('hoy')).toBeNull();
      expect(boTextToIso('')).toBeNull();
    });

    it('writes the day as a Bolivian reads it', () => {
      expect(isoToBoText('2026-01-05')).toBe('05/01/2026');
      expect(isoToBoText('2026-11-25')).toBe('25/11/2026');
    });
  });

  it('gives the quick ranges relative to today, Todo without limits of date or session', () => {
    const today = day('2026-11-26');
    expect(quickRange('hoy', today)).toEqual({ desde: '2026-11-26', hasta: '2026-11-26' });
    expect(quickRange('ayer', today)).toEqual({ desde: '2026-11-25', hasta: '2026-11-25' });
    expect(quickRange('7', today)).toEqual({ desde: '2026-11-20', hasta: '2026-11-26' });
    expect(quickRange('30', today)).toEqual({ desde: '2026-10-28', hasta: '2026-11-26' });
    expect(quickRange('todo', today)).toEqual({ desde: null, hasta: null, sesion: null });
  });

  it('recognises the quick range the dates match', () => {
    const today = day('2026-11-26');
    const f = { ...defaultFilter('supervisor', null, today), ...quickRange('7', today) };
    expect(activeQuickRange(f, today)).toBe('7');
    expect(activeQuickRange({ ...f, desde: '2026-01-01' }, today)).toBeNull();
  });

  it('does not show Todo pressed while a session filter narrows the history', () => {
    const today = day('2026-11-26');
    const mine = defaultFilter('cajero', 41, today); // no dates, the own session
    expect(activeQuickRange(mine, today)).toBeNull();
    expect(activeQuickRange({ ...mine, ...quickRange('todo', today) }, today)).toBe('todo');
    // The other ranges keep the session: today's part of it.
    expect(activeQuickRange({ ...mine, ...quickRange('hoy', today) }, today)).toBe('hoy');
  });

  describe('defaults', () => {
    const today = day('2026-11-26');

    it('shows a cashier the own open session, whole', () => {
      expect(defaultFilter('cajero', 41, today)).toEqual({
        numero: '',
        operadora: null,
        desde: null,
        hasta: null,
        sesion: 41,
      });
    });

    it('shows a supervisor, or a cashier without a session, today', () => {
      for (const f of [
        defaultFilter('supervisor', 41, today),
        defaultFilter('cajero', null, today),
      ])
        expect(f).toEqual({
          numero: '',
          operadora: null,
          desde: '2026-11-26',
          hasta: '2026-11-26',
          sesion: null,
        });
    });
  });

  describe('URL query', () => {
    it('has no filter when the query holds none of its parameters', () => {
      expect(parseFilterParams({})).toBeNull();
      expect(parseFilterParams({ orden: '-monto' })).toBeNull();
    });

    it('round-trips a full filter', () => {
      const f = {
        numero: '7654 32',
        operadora: OperadoraNombre.Entel,
        desde: '2026-11-01',
        hasta: '2026-11-26',
        sesion: 12,
      };
      const params = filterToParams(f);
      expect(params).toEqual({
        numero: '7654 32',
        operadora: 'Entel',
        desde: '2026-11-01',
        hasta: '2026-11-26',
        sesion: '12',
      });
      expect(parseFilterParams(params)).toEqual(f);
    });

    it('marks the whole history so that it differs from no filter', () => {
      const todo = { numero: '', operadora: null, desde: null, hasta: null, sesion: null };
      expect(filterToParams(todo)).toEqual({ rango: 'todo' });
      expect(parseFilterParams({ rango: 'todo' })).toEqual(todo);
    });

    it('ignores values that are not valid', () => {
      expect(
        parseFilterParams({ operadora: 'Claro', desde: '2026-13-01', hasta: 'ayer', sesion: '-3' }),
      ).toEqual({ numero: '', operadora: null, desde: null, hasta: null, sesion: null });
      expect(parseFilterParams({ sesion: '0' })?.sesion).toBeNull();
    });
  });

  it('searches by the digits only', () => {
    expect(searchDigits(' 7654-32 10 ')).toBe('76543210');
    expect(searchDigits('+591 7')).toBe('5917');
  });
});
