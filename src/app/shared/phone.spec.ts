import { groupPhone, normalizePhone } from './phone';

describe('normalizePhone', () => {
  const accepted: [string, string][] = [
    ['76543210', '76543210'],
    ['7654 3210', '76543210'],
    ['7654-3210', '76543210'],
    ['+591 76543210', '76543210'],
    ['+591-765-43210', '76543210'],
    ['59176543210', '76543210'],
    ['00591 7654 3210', '76543210'],
    [' 6 1 2 3 4 5 6 7 ', '61234567'],
    ['76543210\n', '76543210'],
    ['(7654) 3210', '76543210'],
  ];
  for (const [typed, numero] of accepted) {
    it(`accepts ${JSON.stringify(typed)} as ${numero}`, () => {
      expect(normalizePhone(typed)).toEqual({ ok: true, numero });
    });
  }

  const refused: [string, string][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['7654321', 'length'],
    ['765432101', 'length'],
    ['86543210', 'prefix'],
    ['26543210', 'prefix'],
    ['7654abcd', 'chars'],
    ['abc', 'chars'],
    ['+591 7654321', 'length'],
    ['+1 76543210', 'length'],
    ['591 86543210', 'prefix'],
    ['7654321O', 'chars'],
  ];
  for (const [typed, reason] of refused) {
    it(`refuses ${JSON.stringify(typed)} (${reason})`, () => {
      expect(normalizePhone(typed)).toEqual(jasmine.objectContaining({ ok: false, reason }));
    });
  }

  it('groups a number for reading', () => {
    expect(groupPhone('76543210')).toBe('7654 3210');
  });
});
