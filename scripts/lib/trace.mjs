// The page's main-thread tasks from a Chromium trace (every task, not only the >= 50 ms ones
// the longtask observer reports): start before the work, `longestTask()` after it. The trace
// records only top-level tasks and the page's marks: the detailed timeline categories would
// lengthen the very tasks measured.

const CATEGORIES = '__metadata,toplevel,blink.user_timing';

export async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    /**
     * Ends the trace; the longest task (ms, wall time) of the page's renderer main thread (the
     * main thread of the process that holds the page's `mark`) over the whole trace (`all`) and
     * among the tasks that ended after the mark (`sinceMark`, null when the mark is not in the
     * trace); `sinceMarkCpu` is the longest of the same tasks in CPU time (the thread's own
     * time, without the time it waited for a core or for another thread).
     */
    async longestTask(mark = 'history:request') {
      const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await complete;
      const marked = events.find((e) => e.name === mark && e.cat?.includes('user_timing'));
      const mains = new Set(
        events
          .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
          .filter((e) => !marked || e.pid === marked.pid)
          .map((e) => `${e.pid}:${e.tid}`),
      );
      if (!mains.size) return { all: null, sinceMark: null, sinceMarkCpu: null };
      let all = 0;
      let sinceMark = 0;
      let sinceMarkCpu = 0;
      for (const e of events) {
        if (e.ph !== 'X' || !e.dur || !mains.has(`${e.pid}:${e.tid}`)) continue;
        if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
        all = Math.max(all, e.dur / 1000);
        if (marked && e.ts + e.dur >= marked.ts) {
          sinceMark = Math.max(sinceMark, e.dur / 1000);
          sinceMarkCpu = Math.max(sinceMarkCpu, (e.tdur ?? 0) / 1000);
        }
      }
      return marked
        ? { all, sinceMark, sinceMarkCpu }
        : { all, sinceMark: null, sinceMarkCpu: null };
    },
  };
}
