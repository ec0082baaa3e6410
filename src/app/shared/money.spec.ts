import {
  Cents,
  formatBs,
  parseTypedAmount,
  parseWireMoney,
  toDecimalString,
  toWireNumber,
} from './money';

describe('money', () => {
  it('parses the service decimal strings and numbers into exact cents', () => {
    expect(parseWireMoney('1500.00')).toBe(150000 as Cents);
    expect(parseWireMoney('10.56')).toBe(1056 as Cents);
    expect(parseWireMoney(20)).toBe(2000 as Cents);
    expect(parseWireMoney('0.10')).toBe(10 as Cents);
  });

  it('rounds the float noise of a closed till to the cent', () => {
    expect(parseWireMoney(454.55999999999995)).toBe(45456 as Cents);
    expect(parseWireMoney(JSON.parse('5.684341886080802e-14') as number)).toBe(0 as Cents);
    expect(parseWireMoney(-0.99999999999)).toBe(-100 as Cents);
  });

  it('refuses what is not an amount instead of producing NaN', () => {
    expect(() => parseWireMoney('')).toThrowError(TypeError);
    expect(() => parseWireMoney('abc')).toThrowError(TypeError);
    expect(() => parseWireMoney(Number.NaN)).toThrowError(TypeError);
  });

  it('adds 0.10 and 0.20 to exactly 0.30', () => {
    const total = (parseWireMoney('0.10') + parseWireMoney('0.20')) as Cents;
    expect(total).toBe(30 as Cents);
    expect(toWireNumber(total)).toBe(0.3);
    expect(toDecimalString(total)).toBe('0.30');
  });

  it('sends at most two decimals', () => {
    expect(toWireNumber(1056 as Cents)).toBe(10.56);
    expect(toWireNumber(1 as Cents)).toBe(0.01);
    expect(String(toWireNumber(123456789 as Cents))).toBe('1234567.89');
  });

  it('formats es-BO money with a thousands dot from 1.000 on', () => {
    expect(formatBs(150000 as Cents)).toBe('Bs 1.500,00');
    expect(formatBs(30000 as Cents)).toBe('Bs 300,00');
    expect(formatBs(5 as Cents)).toBe('Bs 0,05');
    expect(formatBs(123456789 as Cents)).toBe('Bs 1.234.567,89');
    expect(formatBs(-100 as Cents)).toBe('Bs -1,00');
    expect(formatBs(1050 as Cents, { symbol: false })).toBe('10,50');
  });

  it('reads what a cashier types, comma or dot, at most two decimals', () => {
    expect(parseTypedAmount('10')).toBe(1000 as Cents);
    expect(parseTypedAmount('10,50')).toBe(1050 as Cents);
    expect(parseTypedAmount('10.5')).toBe(1050 as Cents);
    expect(parseTypedAmount(' 1.500,25 ')).toBe(150025 as Cents);
    expect(parseTypedAmount('0,1')).toBe(10 as Cents);
    expect(parseTypedAmount('10.555')).toBeNull();
    expect(parseTypedAmount('1.500')).toBeNull();
    expect(parseTypedAmount('1e3')).toBeNull();
    expect(parseTypedAmount('-5')).toBeNull();
    expect(parseTypedAmount('abc')).toBeNull();
    expect(parseTypedAmount('')).toBeNull();
    expect(parseTypedAmount('9999999999999')).toBeNull();
  });

  it('takes a space only between groups of thousands, never between two numbers', () => {
    expect(parseTypedAmount('1 500')).toBe(150000 as Cents);
    expect(parseTypedAmount('1 500,50')).toBe(150050 as Cents);
    expect(parseTypedAmount('12\u00a0345.6')).toBe(1234560 as Cents); // a no-break space
    expect(parseTypedAmount('10 50')).toBeNull(); // not Bs 1.050,00
    expect(parseTypedAmount('500 50')).toBeNull();
    expect(parseTypedAmount('1 5 0 0')).toBeNull();
    expect(parseTypedAmount('1500 ,50')).toBeNull();
    expect(parseTypedAmount('20 ')).toBe(2000 as Cents);
  });
});
