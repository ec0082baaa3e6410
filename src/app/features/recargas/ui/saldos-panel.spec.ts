import { TestBed } from '@angular/core/testing';
import { Cents } from '../../../shared/money';
import { OperadoraNombre } from '../data-access/operadora';
import { SaldoView } from '../data-access/saldos.store';
import { SaldosPanel } from './saldos-panel';

const { Tigo, Entel, Viva } = OperadoraNombre;
const items: SaldoView[] = [
  { operadora: Tigo, saldo: 150000 as Cents, threshold: 10000 as Cents, low: false },
  { operadora: Entel, saldo: 25000 as Cents, threshold: 30000 as Cents, low: true },
  { operadora: Viva, saldo: null, threshold: 10000 as Cents, low: false },
];

describe('SaldosPanel', () => {
  it('shows each pool, "Sin configurar" for an operator without a row, and warns with the threshold', async () => {
    const fixture = TestBed.createComponent(SaldosPanel);
    fixture.componentRef.setInput('items', items);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const lines = [...el.querySelectorAll('li')].map((li) =>
      [...li.children].map((c) => c.textContent?.trim()).join(' '),
    );
    expect(lines).toEqual([
      'Tigo Bs 1.500,00',
      'Entel Bs 250,00 Saldo bajo (menos de Bs 300,00)',
      'Viva Sin configurar',
    ]);
  });
});
