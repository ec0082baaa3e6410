import { TestBed } from '@angular/core/testing';
import { MoneyInFlight } from '../session/money-in-flight';
import { SwVersions } from '../sw-versions';
import { PAGE_RELOAD, UpdateBanner } from './update-banner';

describe('UpdateBanner', () => {
  let reload: jasmine.Spy<() => void>;
  /** The real SwVersions: what the worker's messages leave behind is what the banner reads. */
  let versions: SwVersions;

  beforeEach(() => {
    reload = jasmine.createSpy('reload');
    TestBed.configureTestingModule({
      providers: [{ provide: PAGE_RELOAD, useValue: reload }],
    });
    versions = TestBed.inject(SwVersions);
  });

  async function render() {
    const fixture = TestBed.createComponent(UpdateBanner);
    await fixture.whenStable();
    return fixture;
  }

  function versionReady(): void {
    versions.receive({ type: 'VERSION_READY' });
  }

  const button = (el: HTMLElement) =>
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Actualizar');

  it('says nothing until a new version is ready, then offers Actualizar', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).not.toContain('Nueva versión disponible');

    versions.receive({ type: 'VERSION_DETECTED' });
    await fixture.whenStable();
    expect(el.textContent).not.toContain('Nueva versión disponible');

    versionReady();
    await fixture.whenStable();
    expect(el.textContent).toContain('Nueva versión disponible.');
    expect(button(el)).toBeDefined();
  });

  it('tells a version that became ready before the banner existed (on /login, or the previous shift)', async () => {
    versionReady(); // the worker says it once per version
    const first = await render();
    first.destroy(); // sign-out: the shell and its banner are gone
    const fixture = await render(); // the next sign-in's shell
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'Nueva versión disponible.',
    );
    expect(button(fixture.nativeElement)).toBeDefined();
  });

  it('tells a broken cached version too: loading the newest one cures it', async () => {
    const fixture = await render();
    versions.receive({ type: 'UNRECOVERABLE_STATE' });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'Nueva versión disponible.',
    );
  });

  it('loads the page again (the new version) when nothing waits for a verdict', async () => {
    const fixture = await render();
    versionReady();
    await fixture.whenStable();

    button(fixture.nativeElement)?.click();
    await fixture.whenStable();

    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('waits for the verdict of an operation on the way before reloading', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    const verdictArrived = TestBed.inject(MoneyInFlight).begin();
    versionReady();
    await fixture.whenStable();

    button(el)?.click();
    await fixture.whenStable();
    expect(reload).not.toHaveBeenCalled();
    expect(el.textContent).toContain(
      'Se instalará en cuanto llegue la respuesta de la operación en curso.',
    );
    expect(button(el)?.disabled).toBeTrue();

    verdictArrived();
    await fixture.whenStable();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
