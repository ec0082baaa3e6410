import { Injectable, computed, signal } from '@angular/core';

/**
 * Online or not, from the browser's events and from requests that got no answer: the banner
 * and the submit buttons read `offline()`. A later answer from the server clears it.
 */
@Injectable({ providedIn: 'root' })
export class NetworkStatus {
  private readonly browserOnline = signal(navigator.onLine);
  private readonly serverUnreachable = signal(false);
  readonly offline = computed(() => !this.browserOnline() || this.serverUnreachable());

  constructor() {
    window.addEventListener('online', () => {
      this.browserOnline.set(true);
      this.serverUnreachable.set(false);
    });
    window.addEventListener('offline', () => this.browserOnline.set(false));
  }

  reportNoAnswer(): void {
    this.serverUnreachable.set(true);
  }

  reportAnswer(): void {
    if (this.serverUnreachable()) this.serverUnreachable.set(false);
  }
}
