// The bench's figures as the README's markdown tables (pasted as printed, command beside them).

function table(head, rows) {
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.map(String).join(' | ')} |`);
}

export function printTables(results, runs, fmt, bare) {
  console.log(
    `\nTop-up history, production build, headless Chromium, medians of ${runs} runs (ms, MB):\n`,
  );
  table(
    [
      'rows',
      'answer MB',
      'first rows from navigation',
      'first rows after the answer started / ended',
      'longest main-thread task from the history request: median (max) / the longest in CPU time; from navigation (trace)',
      'runs with a long task while the answer loads (longest) / frame gap',
      'keystroke to its frame: median (max), keys; shown in the next frame; presented: median',
      'DOM elements',
      'JS heap peak (workers) / settled / app share',
    ],
    results.map((r) => [
      r.n,
      fmt(r.mb, 1),
      fmt(r.first),
      `${fmt(r.fromAnswerStart)} / ${fmt(r.fromAnswerEnd)}`,
      `${fmt(r.loadTask)} (${fmt(r.loadTaskMax)}) / ${fmt(r.loadTaskCpu)}; ${fmt(r.longestTask)}`,
      `${r.longTaskRuns} of ${runs}${r.longTask === null ? '' : ` (${fmt(r.longTask)})`} / ${fmt(r.gap)}`,
      `${fmt(r.key, 1)} (${fmt(r.keyMax, 1)}), ${r.keys}; ${r.keysNextFrame} of ${r.keysAll}; ${fmt(r.keyPresented)}`,
      r.dom,
      `${fmt(r.peak, 1)} (${fmt(r.peakWorkers, 1)}) / ${fmt(r.settled, 1)} / ${fmt(r.settled - r.baseline, 1)}`,
    ]),
  );
  console.log(
    `\nThe same keys in a bare <input> on a blank page of the same Chromium: ` +
      `${fmt(bare.key, 1)} ms to its frame, presented ${fmt(bare.keyPresented)} ms (medians).`,
  );
  console.log(`\nThe counter (/recargas) with the same history on the service:\n`);
  table(
    ['rows', 'usable after (ms)', 'history MB downloaded opening it and selling one top-up'],
    results.map((r) => [
      r.n,
      fmt(r.counterUsable),
      `${fmt(r.counterMb, 1)}${r.sold === true ? '' : ` (${r.sold})`}`,
    ]),
  );
  console.log(`
First rows: the first data row in the DOM, from the navigation and from the start / end of the
answer as this script's server sent it over loopback (negative: shown before it ended). Longest
task: every task of the page's main thread in a Chromium trace (top-level tasks only) until the
screen settled, from the page's history:request mark (the request leaves for the worker; median
and maximum of the runs, and the longest of those tasks in CPU time, median of the runs: the
rest of a task's wall time it waited for a core or for another thread) and from the navigation
(the app's start-up and the driver's own script included); long tasks (>= 50 ms,
PerformanceObserver: how many runs had one, the longest of all) and the longest gap between two
animation frames count from the start of the answer. Keystroke: real key presses in Buscar
número, keydown to the end of the first frame painted after the last change they caused, every
key (keys that change nothing included), and how many keys of all runs had all they changed in
the very next frame painted after them (the rest took a later frame); presented: the keydown's
Event Timing duration, until the first frame after it was on the screen (raster and draw
included; 8 ms steps, a key under 12 ms counts as 8). Heap: main thread +
dedicated workers, JS objects + typed arrays' buffers (CDP Runtime.getHeapUsage usedSize +
backingStorageSize), peak sampled every 50 ms during the load, settled after garbage collection
after the keystrokes; app share = settled minus the signed-in shell on a page that loads no
history (checked on the network). Targets at 100,000 rows: longest task < 50 ms, first rows ~
one chunk after the answer started, keystroke within a frame (16 ms), heap < 30 MB; the counter
downloads no history.`);
}
