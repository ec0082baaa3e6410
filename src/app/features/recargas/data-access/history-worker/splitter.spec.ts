import { ArraySplitter } from './splitter';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** The elements of the runs a push answered, read before the next push (they are views). */
const elements = (runs: Uint8Array[]) =>
  runs.flatMap((run) => JSON.parse(`[${decoder.decode(run)}]`) as unknown[]);
const texts = (runs: Uint8Array[]) => runs.map((run) => decoder.decode(run));

/** Feeds the bytes in slices of `size` and parses every run the splitter hands out. */
function split(json: string | Uint8Array, size: number): unknown[] {
  const bytes = typeof json === 'string' ? encoder.encode(json) : json;
  const splitter = new ArraySplitter();
  const out: unknown[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    out.push(...elements(splitter.push(bytes.slice(i, i + size))));
  }
  splitter.end();
  return out;
}

describe('ArraySplitter', () => {
  const tricky = [
    { numero: 'ñandú 🎉 €', n: 1 },
    { texto: '],[{"no":"cuenta"}]', n: 2 },
    { texto: 'comillas \\" y \\\\ barra', llaves: '{}{', n: 3 },
    { anidado: [{ a: [1, { b: '}' }] }], n: 4 },
  ];
  const json = ` \n${JSON.stringify(tricky, null, 1)}\n`;

  it('cuts a multi-byte character split across chunks without breaking it', () => {
    const bytes = encoder.encode(json);
    for (let size = 1; size <= 9; size++) expect(split(bytes, size)).toEqual(tricky);
  });

  it('ignores brackets, braces, commas and escaped quotes inside strings', () => {
    expect(split(json, 7)).toEqual(tricky);
    expect(split(JSON.stringify(['a,b', '\\', '"]']), 2)).toEqual(['a,b', '\\', '"]']);
  });

  it('tells an escaped quote from one after escaped backslashes, wherever the chunk ends', () => {
    const strings = ['\\', 'a\\"b', '\\\\"', '"', '\\"\\', 'fin\\\\'];
    const answer = encoder.encode(JSON.stringify(strings.map((s, n) => ({ s, n }))));
    for (let size = 1; size <= 12; size++)
      expect(split(answer, size)).toEqual(strings.map((s, n) => ({ s, n })));
  });

  it('hands out every complete element of a chunk at once', () => {
    const splitter = new ArraySplitter();
    expect(texts(splitter.push(encoder.encode('[{"a":1},{"b":2},{"c"')))).toEqual([
      '{"a":1},{"b":2}',
    ]);
    expect(splitter.push(encoder.encode(':3}'))).toEqual([]);
    // The element cut between chunks is a copy; what follows it, a view on the chunk.
    expect(texts(splitter.push(encoder.encode(',{"d":4},{"e":5},{')))).toEqual([
      '{"c":3}',
      '{"d":4},{"e":5}',
    ]);
    expect(texts(splitter.push(encoder.encode('"f":6}]')))).toEqual(['{"f":6}']);
    expect(splitter.done).toBeTrue();
  });

  it('keeps nothing of a chunk once its runs are read: the buffer may be reused', () => {
    const bytes = encoder.encode(json);
    const splitter = new ArraySplitter();
    const buffer = new Uint8Array(5);
    const out: unknown[] = [];
    for (let i = 0; i < bytes.length; i += buffer.length) {
      const part = bytes.subarray(i, i + buffer.length);
      buffer.set(part);
      out.push(...elements(splitter.push(buffer.subarray(0, part.length))));
      buffer.fill(0x78); // scribbled over before the next read, as a BYOB reader would
    }
    splitter.end();
    expect(out).toEqual(tricky);
  });

  it('reads an empty array and numbers or strings as elements', () => {
    expect(split('[]', 1)).toEqual([]);
    expect(split('[1, "dos", null, [3]]', 4)).toEqual([1, 'dos', null, [3]]);
  });

  it('splits a 3 MB answer fed in 2 MiB chunks, as Chromium hands them', () => {
    const rows = Array.from({ length: 6000 }, (_, i) => ({
      id: 6000 - i,
      numero_cliente: `7${String(i).padStart(7, '0')}`,
      nota: 'x'.repeat(480),
    }));
    const big = encoder.encode(JSON.stringify(rows));
    expect(big.length).toBeGreaterThan(3_000_000);
    const out = split(big, 2 * 1024 * 1024) as { id: number }[];
    expect(out.length).toBe(6000);
    expect(out[0].id).toBe(6000);
    expect(out[5999].id).toBe(1);
  });

  it('refuses an answer that is cut, is no array, or goes on after the array', () => {
    expect(() => split('[{"a":1},{"b"', 4)).toThrowError(SyntaxError);
    expect(() => split('{"a":1}', 4)).toThrowError(SyntaxError);
    expect(() => split('[1] [2]', 2)).toThrowError(SyntaxError);
  });
});
