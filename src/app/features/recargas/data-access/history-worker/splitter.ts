const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/**
 * Splits a JSON array arriving in byte chunks into runs of complete top-level elements (comma
 * separated, without the enclosing brackets), so each run is read while the rest of the answer
 * is still on the wire. It tracks strings, escapes and nesting, so brackets, braces and commas
 * inside strings do not count. Runs are views on the chunk where they can be (a row cut between
 * two chunks is the only copy, a few hundred bytes), valid until the next call: the caller may
 * reuse the chunk's buffer, and no copies pile up outside the JS heap (they did: ~40 MB at
 * 100,000 rows).
 */
export class ArraySplitter {
  /** 0 before the opening `[`, 1 between elements, deeper inside one. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  private finished = false;
  /** Bytes of the element after the last boundary (copied: the chunk's buffer is reused). */
  private pending: Uint8Array = new Uint8Array(0);

  get done(): boolean {
    return this.finished;
  }

  /** Feeds a chunk; answers the runs of elements it completed (none, one or two). */
  push(chunk: Uint8Array): Uint8Array[] {
    if (this.finished) {
      if (!isBlank(chunk, 0, chunk.length)) throw new SyntaxError('Datos tras el arreglo');
      return [];
    }
    let from = 0;
    if (this.depth === 0) {
      from = this.skipToArray(chunk);
      if (from < 0) return [];
    }
    let first = -1;
    let cut = -1;
    let end = -1;
    let { depth, inString, escaped } = this;
    for (let i = from; i < chunk.length; i++) {
      const b = chunk[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (b === BACKSLASH) escaped = true;
        else if (b === QUOTE) inString = false;
      } else if (b === QUOTE) inString = true;
      else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
      else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) {
          end = i;
          break;
        }
      } else if (b === COMMA && depth === 1) {
        if (first < 0) first = i;
        cut = i;
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    if (end >= 0) {
      this.finished = true;
      if (!isBlank(chunk, end + 1, chunk.length)) throw new SyntaxError('Datos tras el arreglo');
      const runs = this.runs(chunk, from, first, end);
      this.pending = new Uint8Array(0);
      return runs.filter((r) => !isBlank(r, 0, r.length));
    }
    if (cut < 0) {
      this.pending = concat(this.pending, chunk.subarray(from));
      return [];
    }
    const runs = this.runs(chunk, from, first, cut);
    this.pending = chunk.slice(cut + 1);
    return runs;
  }

  /** The elements before `to`: the pending one completed (a copy), then a view on the rest. */
  private runs(chunk: Uint8Array, from: number, first: number, to: number): Uint8Array[] {
    if (this.pending.length === 0) return [chunk.subarray(from, to)];
    if (first < 0 || first >= to) return [concat(this.pending, chunk.subarray(from, to))];
    return [concat(this.pending, chunk.subarray(from, first)), chunk.subarray(first + 1, to)];
  }

  /** The answer ended: anything but a closed array is a cut answer. */
  end(): void {
    if (!this.finished) throw new SyntaxError('Respuesta incompleta');
  }

  private skipToArray(chunk: Uint8Array): number {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === OPEN_BRACKET) {
        this.depth = 1;
        return i + 1;
      }
      // Whitespace and a UTF-8 byte order mark may come first; anything else is no array.
      if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb) {
        if (b !== 0xbf) throw new SyntaxError('Se esperaba un arreglo JSON');
      }
    }
    return -1;
  }
}

function isBlank(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  }
  return true;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
