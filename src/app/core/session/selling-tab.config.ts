import { InjectionToken } from '@angular/core';

/**
 * How long a tab keeps selling after its last selling page closed (SellingTab): going from the
 * counter to the injection page (a lazy route) must not hand selling to a waiting tab in between.
 */
export const SELLING_RELEASE_GRACE_MS = new InjectionToken<number>('SELLING_RELEASE_GRACE_MS', {
  providedIn: 'root',
  factory: () => 3000,
});
