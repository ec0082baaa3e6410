import { BodyParser, fetchHistory } from './download';
import { FromWorker, ToWorker } from './protocol';

/**
 * Downloads, parses and indexes a history off the page's thread (100,000 rows are 64 MB of
 * JSON), handing the page typed-array columns. Jobs are numbered by the page; a cancelled
 * job posts nothing more.
 */
const downloads = new Map<number, AbortController>();
const piped = new Map<number, BodyParser>();

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
    case 'open':
      piped.set(m.job, new BodyParser(m.job, m.list, m.total, post));
      break;
    case 'chunk':
      guard(m.job, (parser) => parser.push(m.bytes));
      break;
    case 'end':
      guard(m.job, (parser) => parser.end(m.etag, m.timing));
      piped.delete(m.job);
      break;
    case 'cancel':
      downloads.get(m.job)?.abort();
      downloads.delete(m.job);
      piped.delete(m.job);
      break;
  }
});

function guard(job: number, step: (parser: BodyParser) => void): void {
  const parser = piped.get(job);
  if (!parser) return;
  try {
    step(parser);
  } catch (e) {
    piped.delete(job);
    post({ type: 'failed', job, status: -1, body: (e as Error).message });
  }
}
