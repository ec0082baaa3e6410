import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { errorOf } from '../../core/http/call-state';
import { AuthService } from '../auth/auth.service';
import { SignOut } from '../auth/sign-out';
import { navLinks, startPath, tillState } from '../auth/start-page';
import { MOCK_CONTROL } from '../mock-control';
import { SesionCajaStore } from '../session/sesion-caja.store';
import { OfflineBanner } from './offline-banner';
import { UpdateBanner } from './update-banner';
import { mountPasswordAgainDialogs } from './password-again-mount';

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
    mountPasswordAgainDialogs();
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
