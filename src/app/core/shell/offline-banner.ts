import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NetworkStatus } from '../http/network-status';

@Component({
  selector: 'app-offline-banner',
  template: `
    <div role="status" aria-live="polite">
      @if (network.offline()) {
        <p class="banner">
          Sin conexión con el servidor. No se pueden hacer recargas hasta que vuelva la conexión.
        </p>
      }
    </div>
  `,
  styles: `
    .banner {
      margin: 0;
      padding: 8px 16px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font-weight: 500;
      box-shadow: 0 2px 4px rgb(0 0 0 / 20%); /* it lies over the page (shell.scss) */
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfflineBanner {
  protected readonly network = inject(NetworkStatus);
}
