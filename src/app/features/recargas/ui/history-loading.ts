import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';

/** How much of a history download has arrived (the stores' `progress()`). */
export interface DownloadProgress {
  loaded: number;
  total: number | null;
}

/**
 * `Cargando historial…` while a history's first download runs: a determinate bar when the
 * service announced the size, indeterminate otherwise, and the megabytes already in.
 */
@Component({
  selector: 'app-history-loading',
  imports: [MatProgressBar],
  template: `
    <mat-progress-bar
      aria-label="Cargando historial"
      [mode]="percent() === null ? 'indeterminate' : 'determinate'"
      [value]="percent() ?? 0"
    />
    <p class="muted">
      Cargando historial…
      @if (megabytes(); as mb) {
        {{ mb }} MB
      }
      @if (percent(); as p) {
        ({{ p }} %)
      }
    </p>
  `,
  styles: `
    :host {
      display: block;
      margin: 16px 0;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font-size: 14px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryLoading {
  readonly progress = input.required<DownloadProgress | null>();

  protected readonly percent = computed(() => {
    const p = this.progress();
    return p?.total ? Math.min(100, Math.round((p.loaded / p.total) * 100)) : null;
  });
  protected readonly megabytes = computed(() => {
    const p = this.progress();
    return p ? (p.loaded / 1_048_576).toFixed(1).replace('.', ',') : null;
  });
}
