import { Injectable } from '@angular/core';

/**
 * What is printed: a page sets the document to print, the print stylesheet shows only the
 * `.print-area`, and the browser's dialog opens once Angular has rendered it.
 */
@Injectable({ providedIn: 'root' })
export class PrintService {
  print(): void {
    // Give change detection a frame to render the printable document first.
    requestAnimationFrame(() => setTimeout(() => window.print()));
  }
}
