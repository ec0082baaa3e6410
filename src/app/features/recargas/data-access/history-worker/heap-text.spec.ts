import { HeapTextDecoder } from './heap-text';

const encoder = new TextEncoder();

/** The bytes of `text` fed in slices of `size`, as the answer's chunks arrive. */
function decodeIn(bytes: Uint8Array, size: number): string {
  const decoder = new HeapTextDecoder();
  let out = '';
  for (let i = 0; i < bytes.length; i += size) out += decoder.decode(bytes.subarray(i, i + size));
  return out + decoder.end();
}

describe('HeapTextDecoder', () => {
  it('gives back ASCII text as is, in one piece or many', () => {
    const text = '[{"numero_cliente":"76543210","monto":"10.50"}]';
    const bytes = encoder.encode(text);
    for (const size of [1, 2, 7, 64, 100_000]) expect(decodeIn(bytes, size)).toBe(text);
  });

  it('joins a character of two, three or four bytes cut between pieces', () => {
    const text = 'Peña ñandú € 🎉 x'.repeat(3);
    const bytes = encoder.encode(text);
    for (let size = 1; size <= 9; size++) expect(decodeIn(bytes, size)).toBe(text);
  });

  it('decodes text longer than one internal piece (8 KiB) with a character across the seam', () => {
    const text = `${'a'.repeat(8191)}ñ${'b'.repeat(9000)}€`;
    const bytes = encoder.encode(text);
    expect(decodeIn(bytes, 20_000)).toBe(text);
    expect(decodeIn(bytes, 8192)).toBe(text);
    expect(decodeIn(bytes, 4096)).toBe(text);
  });

  it('answers broken bytes as TextDecoder does (U+FFFD)', () => {
    const broken = new Uint8Array([0x41, 0xc3, 0x42, 0x80, 0x43, 0xe2, 0x82]);
    const expected = new TextDecoder().decode(broken);
    expect(expected).toBe('A\uFFFDB\uFFFDC\uFFFD');
    for (let size = 1; size <= 7; size++) expect(decodeIn(broken, size)).toBe(expected);
  });
});
