import { formatBoDate } from './bo-date';

describe('formatBoDate', () => {
  it('shows UTC instants in Bolivian time (UTC-4)', () => {
    const d = new Date('2026-11-25T18:03:09.512Z');
    expect(formatBoDate(d)).toBe('25/11/2026 14:03');
    expect(formatBoDate(d, 'hora')).toBe('14:03');
    expect(formatBoDate(d, 'fecha-hora-seg')).toBe('25/11/2026 14:03:09');
  });

  it('moves to the previous day before 04:00 UTC', () => {
    expect(formatBoDate(new Date('2026-11-25T03:59:59Z'), 'fecha')).toBe('24/11/2026');
    expect(formatBoDate(new Date('2026-11-25T04:00:00Z'), 'fecha')).toBe('25/11/2026');
    expect(formatBoDate(new Date('2027-01-01T02:00:00Z'))).toBe('31/12/2026 22:00');
  });
});
