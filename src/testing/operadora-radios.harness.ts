import { ComponentHarness } from '@angular/cdk/testing';

/** The `Operadora` radio group (native radios) as a spec drives it: by the operator's name. */
export class OperadoraRadiosHarness extends ComponentHarness {
  static hostSelector = 'app-operadora-radios';
  private readonly radios = this.locatorForAll('input[type=radio]');
  private readonly labels = this.locatorForAll('label');

  /** Each option's text: operator, key, pool, suggestion. */
  async getLabelTexts(): Promise<string[]> {
    return Promise.all((await this.labels()).map((l) => l.text()));
  }

  async check(operadora: string | RegExp): Promise<void> {
    for (const radio of await this.radios()) {
      const name = (await radio.getAttribute('aria-label')) ?? '';
      if (typeof operadora === 'string' ? name === operadora : operadora.test(name))
        return radio.click();
    }
    throw new Error(`No radio ${operadora}`);
  }

  async getCheckedValue(): Promise<string | null> {
    for (const radio of await this.radios())
      if (await radio.getProperty<boolean>('checked')) return radio.getProperty<string>('value');
    return null;
  }
}
