import { FromWorker } from './protocol';

/** The real worker bundle, in the browser: what the app starts (webWorkerTsConfig). */
describe('history.worker', () => {
  it('downloads, parses and hands back transferred columns', async () => {
    const rows = [2, 1].map((id) => ({
      id,
      operadora: 'Tigo',
      numero_cliente: '7654321' + id,
      monto: '12.50',
      fecha_hora: `2026-11-25T1${id}:00:00.000Z`,
      id_caja_sesion: 41,
      caja_sesion: { id: 41, id_usuario: 3 },
    }));
    const url = URL.createObjectURL(new Blob([JSON.stringify(rows)]));
    const worker = new Worker(new URL('./history.worker', import.meta.url), { type: 'module' });
    const done = new Promise<FromWorker>((resolve) => {
      worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
        if (data.type === 'done' || data.type === 'failed') resolve(data);
      };
    });
    worker.postMessage({ type: 'fetch', job: 1, list: 'recargas', url, headers: {} });
    const answer = await done;
    worker.terminate();
    URL.revokeObjectURL(url);
    expect(answer.type).toBe('done');
    if (answer.type !== 'done') return;
    expect(Array.from(answer.columns.id)).toEqual([2, 1]);
    expect(Array.from(answer.columns.cents)).toEqual([1250, 1250]);
    expect(answer.columns.cents instanceof Float64Array).toBeTrue();
  });
});
