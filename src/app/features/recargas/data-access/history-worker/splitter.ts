const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/**
 * Splits a JSON array arriving in byte chunks into runs of complete top-level elements, so
 * each run is decoded and parsed once (`JSON.parse('[' + text + ']')`) while the rest of the
 * answer is still on the wire. It works on bytes (a multi-byte character split across two
 * chunks is never decoded half) and tracks strings, escapes and nesting, so brackets, braces
 * and commas inside strings do not count.
 */
export class ArraySplitter {
  /** 0 before the opening `[`, 1 between elements, deeper inside one. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  private finished = false;
  /** Bytes of the element(s) after the last emitted boundary. */
  private pending: Uint8Array = new Uint8Array(0);

  get done(): boolean {
    return this.finished;
  }

  /**
   * Feeds a chunk; answers the bytes of the elements it completed (comma separated, without
   * the enclosing brackets), or null when none was completed.
   */
  push(chunk: Uint8Array): Uint8Array | null {
    if (this.finished) {
      if (!isBlank(chunk, 0, chunk.length)) throw new SyntaxError('Datos tras el arreglo');
      return null;
    }
    let from = 0;
    if (this.depth === 0) {
      from = this.skipToArray(chunk);
      if (from < 0) return null;
    }
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
      } else if (b === COMMA && depth === 1) cut = i;
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    if (end >= 0) {
      this.finished = true;
      if (!isBlank(chunk, end + 1, chunk.length)) throw new SyntaxError('Datos tras el arreglo');
      const out = concat(this.pending, chunk.subarray(from, end));
      this.pending = new Uint8Array(0);
      return isBlank(out, 0, out.length) ? null : out;
    }
    if (cut < 0) {
      this.pending = concat(this.pending, chunk.subarray(from));
      return null;
    }
    const out = concat(this.pending, chunk.subarray(from, cut));
    this.pending = chunk.slice(cut + 1);
    return out;
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

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function isBlank(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  }
  return true;
}
