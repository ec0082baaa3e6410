import { fetchHistory } from './download';
import { FromWorker, ToWorker } from './protocol';

/**
 * Downloads, parses and indexes a history off the page's thread (100,000 rows are 64 MB of
 * JSON), handing the page typed-array columns. Jobs are numbered by the page; a cancelled
 * job posts nothing more.
 */
const downloads = new Map<number, AbortController>();

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  postMessage(message, { transfer });

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  switch (m.type) {
    case 'fetch': {
      const controller = new AbortController();
      downloads.set(m.job, controller);
      void fetchHistory(m, post, controller.signal).finally(() => downloads.delete(m.job));
      break;
    }
    case 'cancel':
      downloads.get(m.job)?.abort();
      downloads.delete(m.job);
      break;
  }
});
