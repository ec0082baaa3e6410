import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, Injector, computed, inject, signal } from '@angular/core';

/** While the server is unreachable, it is probed this often so the app recovers by itself. */
export const PROBE_INTERVAL_MS = 3000;

/**
 * Online or not, from the browser's events and from requests that got no answer: the banner
 * and the submit buttons read `offline()`. Any later answer from the server clears it; a
 * light probe (the operator balances) runs meanwhile so recovery needs no click.
 */
@Injectable({ providedIn: 'root' })
export class NetworkStatus {
  private readonly injector = inject(Injector);
  private readonly browserOnline = signal(navigator.onLine);
  private readonly serverUnreachable = signal(false);
  private probe: ReturnType<typeof setInterval> | null = null;
  readonly offline = computed(() => !this.browserOnline() || this.serverUnreachable());

  constructor() {
    const online = () => {
      this.browserOnline.set(true);
      this.probeNow();
    };
    const offline = () => this.browserOnline.set(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      this.stopProbe();
    });
  }

  reportNoAnswer(): void {
    this.serverUnreachable.set(true);
    this.probe ??= setInterval(() => this.probeNow(), PROBE_INTERVAL_MS);
  }

  reportAnswer(): void {
    if (this.serverUnreachable()) this.serverUnreachable.set(false);
    this.stopProbe();
  }

  private stopProbe(): void {
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
  }

  private probeNow(): void {
    if (!this.browserOnline()) return;
    // Any answer, even an error status, proves the server is reachable (the interceptor
    // reports it); HttpClient is fetched lazily because the interceptors inject this service.
    this.injector
      .get(HttpClient)
      .get('/recargas/operadoras/saldos')
      .subscribe({ error: () => undefined });
  }
}
