import {
  activeQuickRange,
  boliviaDay,
  dayToIso,
  defaultFilter,
  filterToParams,
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

  it('gives the quick ranges relative to today, Todo without limits', () => {
    const today = day('2026-11-26');
    expect(quickRange('hoy', today)).toEqual({ desde: '2026-11-26', hasta: '2026-11-26' });
    expect(quickRange('ayer', today)).toEqual({ desde: '2026-11-25', hasta: '2026-11-25' });
    expect(quickRange('7', today)).toEqual({ desde: '2026-11-20', hasta: '2026-11-26' });
    expect(quickRange('30', today)).toEqual({ desde: '2026-10-28', hasta: '2026-11-26' });
    expect(quickRange('todo', today)).toEqual({ desde: null, hasta: null });
  });

  it('recognises the quick range the dates match', () => {
    const today = day('2026-11-26');
    const f = { ...defaultFilter('supervisor', null, today), ...quickRange('7', today) };
    expect(activeQuickRange(f, today)).toBe('7');
    expect(activeQuickRange({ ...f, desde: '2026-01-01' }, today)).toBeNull();
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
