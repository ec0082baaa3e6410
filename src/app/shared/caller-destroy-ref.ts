import { DestroyRef, inject } from '@angular/core';

/** The DestroyRef of the caller's injection context, or null outside of one. */
export function callerDestroyRef(): DestroyRef | null {
  try {
    return inject(DestroyRef);
  } catch {
    return null;
  }
}
