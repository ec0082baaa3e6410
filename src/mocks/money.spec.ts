import { decimalCents, money, moneyFloat } from './money';

describe('mock money', () => {
  it('answers amounts as the service does: two decimals with a dot, sign in front', () => {
    expect(money(150000)).toBe('1500.00');
    expect(money(5)).toBe('0.05');
    expect(money(-50)).toBe('-0.50');
    expect(money(0)).toBe('0.00');
    expect(moneyFloat(45456)).toBe(454.56);
  });

  it('stores a JSON amount like decimal(12,2): records round, the pool update truncates', () => {
    expect(decimalCents(10.555, 'round')).toBe(1056);
    expect(decimalCents(10.555, 'trunc')).toBe(1055);
    expect(decimalCents(-0.5, 'round')).toBe(-50);
  });
});
