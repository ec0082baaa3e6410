import { BaseHarnessFilters, ComponentHarness, HarnessPredicate } from '@angular/cdk/testing';

/**
 * Any button by its text: Material's (dialogs) and the plain `.btn` buttons of the shell and
 * the counter alike, so a spec reads like the cashier's click.
 */
export class ButtonHarness extends ComponentHarness {
  static hostSelector = 'button';

  static with(options: BaseHarnessFilters & { text?: string | RegExp } = {}) {
    return new HarnessPredicate(ButtonHarness, options).addOption('text', options.text, (h, text) =>
      HarnessPredicate.stringMatches(h.getText(), text),
    );
  }

  async getText(): Promise<string> {
    return (await (await this.host()).text()).trim();
  }

  async click(): Promise<void> {
    return (await this.host()).click();
  }

  async isDisabled(): Promise<boolean> {
    return (await this.host()).getProperty<boolean>('disabled');
  }
}
