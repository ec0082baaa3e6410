// Functions run inside the page by the bench (they must not use anything from this module).

/**
 * Init script, from the first script of each document: the first data row in the DOM
 * (`__firstRowAt`), long tasks (`__longTasks`, >= 50 ms only, by the browser's definition) and
 * frame gaps (`__gaps`: every interval above 20 ms between two animation frames, which is how
 * long the page could not paint, whatever the task lengths). The gap probe asks for every frame,
 * which the app at rest never does: `window.__stopGaps()` ends it before anything is measured
 * that it would slow (a key waits for the next frame of the probe's 60 Hz cadence instead of
 * starting a frame of its own: +5 ms a key here).
 */
export function installProbes() {
  window.__firstRowAt = null;
  window.__longTasks = [];
  window.__gaps = [];
  new MutationObserver((_, obs) => {
    if (document.querySelector('[role="row"] [role="cell"]')) {
      window.__firstRowAt = performance.now();
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
 * `window.__keyResult` resolves to `{ ms, frame }`: that time, and which frame after the key it
 * was (1: the very next frame carried the whole change; null: no frame seen).
 */
export function armKey() {
  const QUIET_MS = 300;
  const target = document.querySelector('main') ?? document.body;
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
        // frame: 1 when the first frame painted after the key already showed all it changed.
        resolve(
          k < 0
            ? { ms: performance.now() - t0, frame: null }
            : { ms: frameEnds[k] - t0, frame: k + 1 },
        );
      };
      setTimeout(settle, QUIET_MS);
    };
    document.addEventListener('keydown', onKey, { capture: true, once: true });
  });
}
