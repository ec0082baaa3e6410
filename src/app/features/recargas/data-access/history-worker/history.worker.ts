import { fetchHistory, resumeGate } from './download';
import { FromWorker, ToWorker } from './protocol';

/**
 * Downloads, parses and indexes a history off the page's thread (100,000 rows are 64 MB of
 * JSON), handing the page typed-array columns. Jobs are numbered by the page; a cancelled
 * job posts nothing more.
 */
const downloads = new Map<number, { controller: AbortController; resume: () => void }>();

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  postMessage(message, { transfer });

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  switch (m.type) {
    case 'fetch': {
      const controller = new AbortController();
      const gate = resumeGate();
      downloads.set(m.job, { controller, resume: gate.resume });
      void fetchHistory(m, post, controller.signal, gate.wait).finally(() =>
        downloads.delete(m.job),
      );
      break;
    }
    case 'resume':
      downloads.get(m.job)?.resume();
      break;
    case 'cancel': {
      const download = downloads.get(m.job);
      download?.controller.abort();
      download?.resume(); // a held download ends now, not at its time limit
      downloads.delete(m.job);
      break;
    }
  }
});
