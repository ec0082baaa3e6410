import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { MoneyInFlight } from '../session/money-in-flight';
import { SwMessage, SwVersions } from '../sw-versions';
import { PAGE_RELOAD, UpdateBanner } from './update-banner';

describe('UpdateBanner', () => {
  let versionUpdates: Subject<SwMessage>;
  let reload: jasmine.Spy<() => void>;

  beforeEach(() => {
    versionUpdates = new Subject<SwMessage>();
    reload = jasmine.createSpy('reload');
    TestBed.configureTestingModule({
      providers: [
        { provide: SwVersions, useValue: { events$: versionUpdates } },
        { provide: PAGE_RELOAD, useValue: reload },
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(UpdateBanner);
    await fixture.whenStable();
    return fixture;
  }

  function versionReady(): void {
    versionUpdates.next({ type: 'VERSION_READY' });
  }

  const button = (el: HTMLElement) =>
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Actualizar');

  it('says nothing until a new version is ready, then offers Actualizar', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).not.toContain('Nueva versión disponible');

    versionUpdates.next({ type: 'VERSION_DETECTED' });
    await fixture.whenStable();
    expect(el.textContent).not.toContain('Nueva versión disponible');

    versionReady();
    await fixture.whenStable();
    expect(el.textContent).toContain('Nueva versión disponible.');
    expect(button(el)).toBeDefined();
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
