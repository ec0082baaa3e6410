// Functions run inside the page by the bench (they must not use anything from this module).

/**
 * Init script, from the first script of each document: when the first data row is in the DOM
 * (`__firstRow`, a promise of its time: the driver waits on it with one small evaluate, where
 * Playwright's `waitForFunction` or a locator would evaluate its 330 kB injected script on the
 * page's main thread, a 16 ms task of the driver's own in the middle of the load measured),
 * long tasks (`__longTasks`, >= 50 ms only, by the browser's definition) and
 * frame gaps (`__gaps`: every interval above 20 ms between two animation frames, which is how
 * long the page could not paint, whatever the task lengths). The gap probe asks for every frame,
 * which the app at rest never does: `window.__stopGaps()` ends it before anything is measured
 * that it would slow (a key waits for the next frame of the probe's 60 Hz cadence instead of
 * starting a frame of its own: 2-5 ms a key here).
 */
export function installProbes() {
  let shown;
  window.__firstRow = new Promise((resolve) => (shown = resolve));
  window.__longTasks = [];
  window.__gaps = [];
  new MutationObserver((_, obs) => {
    if (document.querySelector('[role="row"] [role="cell"]')) {
      shown(performance.now());
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the trace and the frame gaps still tell
  }
  let last = null;
  const frame = (t) => {
    if (last !== null && t - last > 20) window.__gaps.push({ end: t, gap: t - last });
    last = t;
    if (!stopped) requestAnimationFrame(frame);
  };
  let stopped = false;
  window.__stopGaps = () => (stopped = true);
  requestAnimationFrame(frame);
}

/**
 * Arms the measure of the next key press (sent by the caller with a real key event): from its
 * keydown to the end of the first frame painted after the last DOM change it caused in <main>
 * (rows, totals, count, chart; nodes, text and attributes), or after the key itself when it
 * changed nothing, so every key counts.
 * `window.__keyResult` resolves to `{ ms, frame, presented }`: that time, which frame after the
 * key it was (1: the very next frame carried the whole change; null: no frame seen), and the
 * time until the browser presented the frame that followed the keydown (Event Timing's duration:
 * raster and draw included, in 8 ms steps, 8 when under 12 ms).
 */
export function armKey() {
  const QUIET_MS = 300;
  const target = document.querySelector('main') ?? document.body;
  // Event Timing: the key's keydown until the frame that followed it was presented (on the
  // screen, after raster and draw), in 8 ms steps, reported from 16 ms up.
  const timings = [];
  let po = null;
  try {
    po = new PerformanceObserver((list) => timings.push(...list.getEntries()));
    po.observe({ type: 'event', durationThreshold: 16 });
  } catch {
    // no Event Timing: presented stays null
  }
  window.__keyResult = new Promise((resolve) => {
    const onKey = (e) => {
      const t0 = e.timeStamp;
      let lastChange = t0;
      const frameEnds = [];
      let measuring = true;
      const frame = () =>
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            frameEnds.push(performance.now()); // after this frame's rendering
            if (measuring) frame();
          };
          ch.port2.postMessage(0);
        });
      frame();
      const mo = new MutationObserver(() => (lastChange = performance.now()));
      // Attributes too: the chart's bars change by theirs.
      mo.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
      const settle = () => {
        if (performance.now() - lastChange < QUIET_MS) return void setTimeout(settle, 50);
        measuring = false;
        mo.disconnect();
        const k = frameEnds.findIndex((f) => f >= lastChange);
        po?.takeRecords().forEach((t) => timings.push(t));
        po?.disconnect();
        const timing = timings.find((t) => t.name === 'keydown' && Math.abs(t.startTime - t0) < 1);
        // Not reported: under 12 ms (it would round to 8), counted as 8.
        const presented = po ? (timing?.duration ?? 8) : null;
        // frame: 1 when the first frame painted after the key already showed all it changed.
        resolve(
          k < 0
            ? { ms: performance.now() - t0, frame: null, presented }
            : { ms: frameEnds[k] - t0, frame: k + 1, presented },
        );
      };
      setTimeout(settle, QUIET_MS);
    };
    document.addEventListener('keydown', onKey, { capture: true, once: true });
  });
}
