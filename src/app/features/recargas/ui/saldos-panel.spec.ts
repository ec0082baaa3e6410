import { TestBed } from '@angular/core/testing';
import { Cents } from '../../../shared/money';
import { OperadoraNombre } from '../data-access/operadora';
import { SaldoView } from '../data-access/saldos.store';
import { SaldosPanel } from './saldos-panel';

const { Tigo, Entel, Viva } = OperadoraNombre;
const items: SaldoView[] = [
  { operadora: Tigo, saldo: 150000 as Cents, low: false },
  { operadora: Entel, saldo: 25000 as Cents, low: false },
  { operadora: Viva, saldo: 5000 as Cents, low: true },
];

describe('SaldosPanel', () => {
  async function render(umbrales: Partial<Record<OperadoraNombre, Cents>> | null) {
    const fixture = TestBed.createComponent(SaldosPanel);
    fixture.componentRef.setInput('items', items);
    fixture.componentRef.setInput('umbrales', umbrales);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return [...el.querySelectorAll('li')].map((li) =>
      [...li.children].map((c) => c.textContent?.trim()).join(' '),
    );
  }

  it('warns below the default threshold when none is set', async () => {
    expect(await render(null)).toEqual([
      'Tigo Bs 1.500,00',
      'Entel Bs 250,00',
      'Viva Bs 50,00 Saldo bajo (menos de Bs 100,00)',
    ]);
  });

  it("warns below the supervisor's threshold of each operator", async () => {
    expect(await render({ Entel: 30000 as Cents, Viva: 4000 as Cents })).toEqual([
      'Tigo Bs 1.500,00',
      'Entel Bs 250,00 Saldo bajo (menos de Bs 300,00)',
      'Viva Bs 50,00',
    ]);
  });
});
