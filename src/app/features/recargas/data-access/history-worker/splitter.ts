import { HeapTextDecoder } from './heap-text';

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/**
 * Splits a JSON array arriving in byte chunks into runs of complete top-level elements, as
 * text, so each run is parsed once (`JSON.parse('[' + text + ']')`) while the rest of the
 * answer is still on the wire. It scans bytes and tracks strings, escapes and nesting, so
 * brackets, braces and commas inside strings do not count; every byte is decoded once, in
 * order, by one streaming decoder (a multi-byte character split across two chunks is never
 * decoded half) into strings of the JS heap. It keeps no reference to a chunk: the caller may
 * reuse its buffer, and no bytes or external strings pile up outside the heap (they did:
 * ~40-60 MB at 100,000 rows).
 */
export class ArraySplitter {
  /** 0 before the opening `[`, 1 between elements, deeper inside one. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  private finished = false;
  /** Text of the element(s) after the last emitted boundary. */
  private pending = '';
  private readonly decoder = new HeapTextDecoder();

  get done(): boolean {
    return this.finished;
  }

  /**
   * Feeds a chunk; answers the text of the elements it completed (comma separated, without
   * the enclosing brackets), or null when none was completed.
   */
  push(chunk: Uint8Array): string | null {
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
      const out = this.pending + this.text(chunk.subarray(from, end)) + this.decoder.end();
      this.pending = '';
      return out.trim() === '' ? null : out;
    }
    if (cut < 0) {
      this.pending += this.text(chunk.subarray(from));
      return null;
    }
    const out = this.pending + this.text(chunk.subarray(from, cut));
    this.pending = this.text(chunk.subarray(cut + 1));
    return out;
  }

  /** In byte order: a character cut at the chunk's end is finished by the next call. */
  private text(bytes: Uint8Array): string {
    return this.decoder.decode(bytes);
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
