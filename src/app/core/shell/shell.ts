import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { errorOf } from '../../core/http/call-state';
import { AuthService } from '../auth/auth.service';
import { SignOut } from '../auth/sign-out';
import { navLinks, startPath, tillState } from '../auth/start-page';
import { MOCK_CONTROL } from '../mock-control';
import { SesionCajaStore } from '../session/sesion-caja.store';
import { OfflineBanner } from './offline-banner';
import { UpdateBanner } from './update-banner';
import { LazyDialog } from '../lazy-dialog';
import { mountLockDialog } from './lock-mount';

@Component({
  selector: 'app-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, OfflineBanner, UpdateBanner],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly dialogs = inject(LazyDialog);
  private readonly signOut = inject(SignOut);
  protected readonly sesionCaja = inject(SesionCajaStore);
  protected readonly mock = inject(MOCK_CONTROL);
  protected readonly user = this.auth.user;
  protected readonly sesionError = computed(() => errorOf(this.sesionCaja.state()) !== null);
  protected readonly roleLabel = computed(() =>
    this.user()?.role === 'supervisor' ? 'Supervisor' : 'Cajero',
  );
  /** Links in the role's order; the brand leads to the role's start page. */
  protected readonly links = computed(() => navLinks(this.user()?.role ?? 'cajero'));
  protected readonly home = computed(() =>
    startPath(this.user()?.role ?? 'cajero', tillState(this.sesionCaja)),
  );

  constructor() {
    // Tokens refused even after a refresh: ask for the password over the current screen,
    // so the form keeps what the cashier typed.
    // It stacks over any open dialog (e.g. the close-till one) instead of waiting for it.
    let open = false;
    effect(() => {
      if (!this.auth.reloginRequired() || open) return;
      open = true;
      void this.dialogs
        .open(() => import('./relogin-dialog').then((m) => m.ReloginDialog), {
          disableClose: true,
          autoFocus: 'first-tabbable',
        })
        .then((ref) => ref.afterClosed().subscribe(() => (open = false)));
    });
    mountLockDialog();
  }

  protected logout(): void {
    void this.signOut.request();
  }

  protected async resetDemo(): Promise<void> {
    if (!this.mock) return;
    await this.mock.reset();
    this.auth.logout();
    await this.router.navigateByUrl('/login');
  }
}
