// The page's main-thread tasks from a Chromium trace (every task, not only the >= 50 ms ones
// the longtask observer reports): start before the work, `longestTask()` after it.

export async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', {
    categories: '__metadata,toplevel,disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  return {
    /**
     * Ends the trace; the longest task (ms) of the page's renderer main thread: over the whole
     * trace (`all`) and among the tasks that ended after the page's `mark` (`sinceMark`, null
     * when the mark is not in the trace).
     */
    async longestTask(mark = 'history:request') {
      const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await complete;
      const started = events.find((e) => e.name === 'TracingStartedInBrowser');
      const pids = new Set((started?.args?.data?.frames ?? []).map((f) => f.processId));
      const mains = new Set(
        events
          .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
          .filter((e) => pids.size === 0 || pids.has(e.pid))
          .map((e) => `${e.pid}:${e.tid}`),
      );
      const marked = events.find((e) => e.name === mark && e.cat?.includes('user_timing'));
      let all = 0;
      let sinceMark = 0;
      for (const e of events) {
        if (e.ph !== 'X' || !e.dur || !mains.has(`${e.pid}:${e.tid}`)) continue;
        if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
        all = Math.max(all, e.dur / 1000);
        if (marked && e.ts + e.dur >= marked.ts) sinceMark = Math.max(sinceMark, e.dur / 1000);
      }
      if (!mains.size) return { all: null, sinceMark: null };
      return { all, sinceMark: marked ? sinceMark : null };
    },
  };
}
