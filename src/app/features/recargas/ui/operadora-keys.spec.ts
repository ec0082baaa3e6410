import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { OperadoraNombre } from '../data-access/operadora';
import { OperadoraKeys } from './operadora-keys';

@Component({
  imports: [OperadoraKeys],
  template: `<div [appOperadoraKeys]="enabled()" (pick)="picked.push($event)">
    <input aria-label="Número de celular" />
  </div>`,
})
class Host {
  readonly enabled = signal(true);
  readonly picked: OperadoraNombre[] = [];
}

describe('OperadoraKeys', () => {
  let host: Host;
  let overlays: HTMLElement[] = [];

  beforeEach(async () => {
    const fixture = TestBed.createComponent(Host);
    host = fixture.componentInstance;
    await fixture.whenStable();
  });

  afterEach(() => {
    overlays.forEach((o) => o.remove());
    overlays = [];
  });

  const press = (key: string, target: EventTarget = document.body, altKey = false) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key, altKey, bubbles: true }));

  /** A dialog over the page, as the CDK overlay puts it (sign-out, the lock, expired). */
  function openDialog(role: 'dialog' | 'alertdialog'): HTMLInputElement {
    const overlay = document.createElement('div');
    overlays.push(overlay);
    overlay.className = 'cdk-overlay-container';
    overlay.innerHTML = `<div role="${role}"><input type="password" aria-label="Contraseña"></div>`;
    document.body.appendChild(overlay);
    return overlay.querySelector('input')!;
  }

  it('1, 2 and 3 pick Tigo, Entel and Viva outside text fields; Alt+number anywhere', () => {
    press('1');
    press('3');
    press('2', document.querySelector('input')!); // typing the number: not a shortcut
    press('2', document.querySelector('input')!, true);
    expect(host.picked).toEqual([
      OperadoraNombre.Tigo,
      OperadoraNombre.Viva,
      OperadoraNombre.Entel,
    ]);
  });

  it('picks nothing while a dialog is open over the page, Alt included', () => {
    const password = openDialog('alertdialog');
    press('2');
    press('1', password, true);
    openDialog('dialog');
    press('3');
    expect(host.picked).toEqual([]);
    overlays.forEach((o) => o.remove());
    press('3');
    expect(host.picked).toEqual([OperadoraNombre.Viva]);
  });
});
