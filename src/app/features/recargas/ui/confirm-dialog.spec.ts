import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ConfirmData, ConfirmDialog } from './confirm-dialog';

describe('ConfirmDialog', () => {
  const base: ConfirmData = {
    title: 'Confirmar recarga',
    lines: [
      { label: 'Operadora', value: 'Tigo' },
      { label: 'Número', value: '7654 3210', big: true },
      { label: 'Monto', value: 'Bs 20,00' },
    ],
    warnings: [],
  };

  async function open(data: ConfirmData) {
    const close = jasmine.createSpy('close');
    TestBed.configureTestingModule({
      imports: [ConfirmDialog],
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(ConfirmDialog);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = (name: string) =>
      [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null;
    const click = async (name: string) => {
      button(name)!.click();
      await fixture.whenStable();
    };
    return { el, close, button, click, fixture };
  }

  afterEach(() => document.querySelectorAll('app-confirm-dialog').forEach((e) => e.remove()));

  it('reads the operation back and confirms at the first Confirmar', async () => {
    const { el, close, click } = await open(base);
    expect(el.textContent).toContain('7654 3210');
    expect(el.textContent).toContain('Bs 20,00');
    await click('Confirmar');
    expect(close).toHaveBeenCalledOnceWith(true);
  });

  it('sends nothing on Cancelar', async () => {
    const { close, click } = await open(base);
    await click('Cancelar');
    expect(close).toHaveBeenCalledOnceWith(false);
  });

  it('with a risk: names it, moves the focus to Cancelar and asks a deliberate second confirmation', async () => {
    const risk = 'Una recarga igual a 7654 3210 todavía puede aplicarse.';
    const { el, close, button, click } = await open({ ...base, risk });
    expect(el.querySelector('[role="alert"]')).toBeNull();
    await click('Confirmar');
    expect(close).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(risk);
    expect(button('Confirmar')).toBeNull();
    // The focus did not fall out of the dialog: a second Enter lands on Cancelar.
    expect(document.activeElement).toBe(button('Cancelar'));
    await click('Confirmar de todos modos');
    expect(close).toHaveBeenCalledOnceWith(true);
  });
});
