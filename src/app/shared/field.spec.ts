import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Field, FieldInput } from './field';

@Component({
  selector: 'app-field-host',
  imports: [Field, FieldInput],
  template: `
    <app-field label="Monto (Bs)" [hint]="hint()" [error]="error()" [disabled]="off()">
      <input appFieldInput [disabled]="off()" />
    </app-field>
    <app-field label="Otro"><input appFieldInput /></app-field>
  `,
})
class FieldHost {
  readonly hint = signal<string | null>('Mínimo Bs 0,10');
  readonly error = signal<string | null>(null);
  readonly off = signal(false);
}

describe('Field', () => {
  async function setup() {
    const fixture = TestBed.createComponent(FieldHost);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const [input, other] = Array.from(el.querySelectorAll('input'));
    const description = () =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent?.trim())
        .join(' ');
    return { fixture, host: fixture.componentInstance, el, input, other, description };
  }

  it('names its input by the label, each field with its own ids', async () => {
    const { input, other } = await setup();
    expect(input.labels?.[0]?.textContent?.trim()).toBe('Monto (Bs)');
    expect(other.labels?.[0]?.textContent?.trim()).toBe('Otro');
    expect(input.id).not.toBe(other.id);
    expect(other.getAttribute('aria-describedby')).toBeNull();
  });

  it('describes the input by its hint; valid says aria-invalid="false"', async () => {
    const { input, description } = await setup();
    expect(description()).toBe('Mínimo Bs 0,10');
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('an error replaces the hint, marks the input invalid, and leaves with the hint back', async () => {
    const { fixture, host, el, input, description } = await setup();
    host.error.set('El monto debe ser mayor que cero.');
    await fixture.whenStable();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description()).toBe('El monto debe ser mayor que cero.');
    expect(el.querySelector('app-field')?.classList).toContain('invalid');
    expect(el.textContent).not.toContain('Mínimo Bs 0,10');
    // Announced as an alert; the hint before it was no live region.
    expect(el.querySelector('.error')?.getAttribute('role')).toBe('alert');
    expect(el.querySelector('[aria-live]')).toBeNull();
    host.error.set(null);
    await fixture.whenStable();
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(description()).toBe('Mínimo Bs 0,10');
  });

  it('greys out with its disabled input', async () => {
    const { fixture, host, el, input } = await setup();
    host.off.set(true);
    await fixture.whenStable();
    expect(input.disabled).toBeTrue();
    expect(el.querySelector('app-field')?.classList).toContain('disabled');
  });

  it('renders server or user text as text, never as markup', async () => {
    const { fixture, host, el } = await setup();
    host.error.set('<img src=x onerror="alert(1)">');
    await fixture.whenStable();
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.error')?.textContent).toContain('<img');
  });
});
