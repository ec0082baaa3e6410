import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { DownloadProgress, HistoryLoading } from './history-loading';

const MB = 1_048_576;

async function render(progress: DownloadProgress | null) {
  const fixture = TestBed.createComponent(HistoryLoading);
  fixture.componentRef.setInput('progress', progress);
  await fixture.whenStable();
  const bar = await TestbedHarnessEnvironment.loader(fixture).getHarness(
    MatProgressBarHarness.with({ selector: '[aria-label="Cargando historial"]' }),
  );
  const text = (fixture.nativeElement as HTMLElement).textContent!.replace(/\s+/g, ' ').trim();
  return { bar, text };
}

describe('HistoryLoading', () => {
  it('fills the bar and says megabytes and percent when the size is announced', async () => {
    const { bar, text } = await render({ loaded: 2.5 * MB, total: 10 * MB });
    expect(await bar.getMode()).toBe('determinate');
    expect(await bar.getValue()).toBe(25);
    expect(text).toBe('Cargando historial… 2,5 MB (25 %)');
  });

  it('runs an indeterminate bar with the megabytes only when the size is unknown', async () => {
    const { bar, text } = await render({ loaded: 1.25 * MB, total: null });
    expect(await bar.getMode()).toBe('indeterminate');
    expect(text).toBe('Cargando historial… 1,3 MB');
  });

  it('says only that it loads before the first bytes', async () => {
    const { bar, text } = await render(null);
    expect(await bar.getMode()).toBe('indeterminate');
    expect(text).toBe('Cargando historial…');
  });

  it('never shows more than 100 % when more arrives than announced', async () => {
    const { bar, text } = await render({ loaded: 12 * MB, total: 10 * MB });
    expect(await bar.getValue()).toBe(100);
    expect(text).toContain('(100 %)');
  });
});
