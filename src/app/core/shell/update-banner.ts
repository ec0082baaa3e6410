import {
  ChangeDetectionStrategy,
  Component,
  InjectionToken,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MoneyInFlight } from '../session/money-in-flight';
import { SwVersions } from '../sw-versions';

/** Loads the page again (replaced in specs). */
export const PAGE_RELOAD = new InjectionToken<() => void>('PAGE_RELOAD', {
  providedIn: 'root',
  factory: () => () => location.reload(),
});

/**
 * `Nueva versión disponible` once the service worker holds a newer app (production build
 * only). `Actualizar` switches to it by loading the page again, but never while a top-up or
 * injection waits for its verdict: then it waits for the verdict first.
 */
@Component({
  selector: 'app-update-banner',
  imports: [],
  template: `
    <div role="status" aria-live="polite">
      @if (ready()) {
        <p class="banner">
          <span>
            Nueva versión disponible.
            @if (waiting()) {
              Se instalará en cuanto llegue la respuesta de la operación en curso.
            }
          </span>
          <button class="btn" type="button" [disabled]="waiting()" (click)="waiting.set(true)">
            Actualizar
          </button>
        </p>
      }
    </div>
  `,
  styles: `
    .banner {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
      padding: 4px 16px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      box-shadow: 0 2px 4px rgb(0 0 0 / 20%); /* it lies over the page (shell.scss) */
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UpdateBanner {
  private readonly versions = inject(SwVersions);
  private readonly money = inject(MoneyInFlight);
  private readonly reload = inject(PAGE_RELOAD);
  protected readonly ready = this.versions.updateReady;
  /** `Actualizar` was pressed: applied as soon as nothing waits for a verdict. */
  protected readonly waiting = signal(false);

  constructor() {
    effect(() => {
      if (this.waiting() && !this.money.busy()) untracked(() => this.apply());
    });
  }

  /** A new page load is a new client of the worker: it gets the newest version. */
  private apply(): void {
    this.reload();
  }
}
