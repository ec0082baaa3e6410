// The JS heap a page really holds: its main thread AND its dedicated workers (a history parsed
// in a worker still costs memory), typed arrays' buffers included, read over CDP. `sampleWhile` keeps the peak of a period
// (sampled every 50 ms: a sample waits while the main thread runs a long task, so the peak is
// a lower bound); `settled` collects garbage first.

const MB = 1_048_576;
/** JS objects plus the ArrayBuffers behind typed arrays (columns), which usedSize leaves out. */
const heapOf = (usage) => ((usage?.usedSize ?? 0) + (usage?.backingStorageSize ?? 0)) / MB;

export class HeapProbe {
  #cdp;
  #browserCdp;
  #workers = new Map(); // targetId -> sessionId
  #nextId = 1;
  #waiting = new Map();

  static async attach(browser, cdp) {
    const probe = new HeapProbe();
    probe.#cdp = cdp;
    probe.#browserCdp = await browser.newBrowserCDPSession();
    probe.#browserCdp.on('Target.receivedMessageFromTarget', (e) => {
      const msg = JSON.parse(e.message);
      probe.#waiting.get(msg.id)?.(msg.result ?? null);
      probe.#waiting.delete(msg.id);
    });
    return probe;
  }

  async #toWorker(sessionId, method) {
    const id = this.#nextId++;
    const answer = new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      setTimeout(() => resolve(null), 5000);
    });
    await this.#browserCdp
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
      .catch(() => null);
    return answer;
  }

  async #workerSessions() {
    const { targetInfos } = await this.#browserCdp.send('Target.getTargets');
    const alive = targetInfos.filter((t) => t.type === 'worker');
    for (const t of alive) {
      if (this.#workers.has(t.targetId)) continue;
      const r = await this.#browserCdp
        .send('Target.attachToTarget', { targetId: t.targetId, flatten: false })
        .catch(() => null);
      if (r) this.#workers.set(t.targetId, r.sessionId);
    }
    const ids = new Set(alive.map((t) => t.targetId));
    for (const id of [...this.#workers.keys()]) if (!ids.has(id)) this.#workers.delete(id);
    return [...this.#workers.values()];
  }

  /** Used heap now, in MB: { main, workers, total }. */
  async sample() {
    const main = heapOf(await this.#cdp.send('Runtime.getHeapUsage'));
    let workers = 0;
    for (const s of await this.#workerSessions())
      workers += heapOf(await this.#toWorker(s, 'Runtime.getHeapUsage'));
    return { main, workers, total: main + workers };
  }

  /** After garbage collection in the page and its workers. */
  async settled() {
    for (let i = 0; i < 2; i++) {
      await this.#cdp.send('HeapProfiler.collectGarbage');
      for (const s of await this.#workerSessions())
        await this.#toWorker(s, 'HeapProfiler.collectGarbage');
    }
    return this.sample();
  }

  /** Samples until `done` settles; resolves to the peak sample (by total) and done's value. */
  async sampleWhile(done) {
    let peak = { main: 0, workers: 0, total: 0 };
    let finished = false;
    const result = done.finally(() => (finished = true));
    while (!finished) {
      const s = await this.sample().catch(() => null);
      if (s && s.total > peak.total) peak = s;
      await new Promise((r) => setTimeout(r, 50));
    }
    return { peak, value: await result };
  }

  async close() {
    await this.#browserCdp.detach().catch(() => null);
  }
}
