import { BaseHarnessFilters, ComponentHarness, HarnessPredicate } from '@angular/cdk/testing';

/** An `app-field` by its label: its input, and the hint or error the cashier reads under it. */
export class FieldHarness extends ComponentHarness {
  static hostSelector = 'app-field';

  static with(options: BaseHarnessFilters & { label?: string | RegExp } = {}) {
    return new HarnessPredicate(FieldHarness, options).addOption(
      'label',
      options.label,
      (h, label) => HarnessPredicate.stringMatches(h.getLabel(), label),
    );
  }

  private readonly input = this.locatorFor('input');
  private readonly labelEl = this.locatorFor('label');
  private readonly errorEl = this.locatorForOptional('.error');
  private readonly hintEl = this.locatorForOptional('.hint');

  async getLabel(): Promise<string> {
    return (await (await this.labelEl()).text()).trim();
  }

  async getValue(): Promise<string> {
    return (await this.input()).getProperty<string>('value');
  }

  /** Types as a cashier does: clears, types, leaves the field (which marks it touched). */
  async setValue(value: string): Promise<void> {
    const input = await this.input();
    await input.clear();
    if (value) await input.sendKeys(value);
    await input.blur();
  }

  /** Types at the end of what is there, staying in the field. */
  async type(text: string): Promise<void> {
    return (await this.input()).sendKeys(text);
  }

  async isFocused(): Promise<boolean> {
    return (await this.input()).isFocused();
  }

  async isDisabled(): Promise<boolean> {
    return (await this.input()).getProperty<boolean>('disabled');
  }

  /** The error under the field, or null; the input then says `aria-invalid="true"`. */
  async getError(): Promise<string | null> {
    const error = await this.errorEl();
    return error ? (await error.text()).trim() : null;
  }

  async getHint(): Promise<string | null> {
    const hint = await this.hintEl();
    return hint ? (await hint.text()).trim() : null;
  }

  async isInvalid(): Promise<boolean> {
    return (await (await this.input()).getAttribute('aria-invalid')) === 'true';
  }

  /** The text the input's `aria-describedby` points at (what a screen reader reads with it). */
  async getDescription(): Promise<string> {
    const ids = (await (await this.input()).getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      ids
        .split(/\s+/)
        .filter(Boolean)
        .map(async (id) => {
          const el = await this.locatorForOptional(`[id="${id}"]`)();
          return el ? (await el.text()).trim() : '';
        }),
    );
    return texts.join(' ');
  }
}
