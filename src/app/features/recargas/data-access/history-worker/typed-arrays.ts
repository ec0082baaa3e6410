import type { HistoryColumns } from './columns';

export type Typed = Int32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array;

export function ensure<A extends Typed>(array: A, length: number): A {
  return array.length >= length ? array : resized(array, Math.max(length, array.length * 2));
}

/**
 * The same values in a buffer of `length` elements, moved there by `ArrayBuffer.transfer`
 * (ES2024): the old buffer is detached and its memory freed at once, where a copy would leave
 * it to the next collection.
 */
export function resized<A extends Typed>(array: A, length: number): A {
  const Ctor = array.constructor as new (buffer: ArrayBuffer) => A;
  const bytes = length * array.BYTES_PER_ELEMENT;
  const buffer = array.buffer as ArrayBuffer & { transfer?: (bytes: number) => ArrayBuffer };
  if (buffer.transfer) return new Ctor(buffer.transfer(bytes));
  const out = new Ctor(new ArrayBuffer(bytes));
  out.set(array.subarray(0, Math.min(length, array.length)) as never);
  return out;
}

/** Every buffer of the columns, once each, to transfer them instead of copying. */
export function columnBuffers(c: HistoryColumns): ArrayBuffer[] {
  const arrays: Typed[] = [c.id, c.time, c.day, c.op, c.cents, c.sesion, c.user];
  arrays.push(c.numeroBytes, c.numeroEnd, c.digitMask);
  if (c.searchBytes && c.searchEnd) arrays.push(c.searchBytes, c.searchEnd);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
