/** Bytes turned into one string at a time: small enough for `fromCharCode.apply`'s arguments. */
const PIECE_BYTES = 8192;

/**
 * UTF-8 bytes arriving in pieces to strings that live in the JS heap. TextDecoder's strings are
 * external (kept outside the heap until a full collection): decoding a 64 MB history with it
 * left ~60 MB of spent text in the worker at once. ASCII pieces (nearly all of a history) are
 * made by `String.fromCharCode` instead and die young; a piece holding any other byte, or
 * finishing a character cut at the end of the last piece, goes through a streaming TextDecoder,
 * so the text is exactly what TextDecoder would give.
 */
export class HeapTextDecoder {
  private readonly decoder = new TextDecoder();
  /** Continuation bytes the decoder still waits for (a character cut between two pieces). */
  private need = 0;

  /** The text of `bytes`, following on from the previous call's bytes. */
  decode(bytes: Uint8Array): string {
    let out = '';
    for (let i = 0; i < bytes.length; i += PIECE_BYTES) {
      const piece = bytes.subarray(i, i + PIECE_BYTES);
      if (this.need === 0 && isAscii(piece)) {
        out += String.fromCharCode.apply(null, piece as unknown as number[]);
      } else {
        out += this.decoder.decode(piece, { stream: true });
        this.need = stillNeeded(piece, this.need);
      }
    }
    return out;
  }

  /** The end of the text: a character left unfinished becomes U+FFFD, as TextDecoder does. */
  end(): string {
    this.need = 0;
    return this.decoder.decode();
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** After `bytes`, how many continuation bytes the last character still needs. */
function stillNeeded(bytes: Uint8Array, need: number): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) need = Math.max(0, need - 1);
    else if (b >= 0xf0) need = 3;
    else if (b >= 0xe0) need = 2;
    else if (b >= 0xc0) need = 1;
    else need = 0;
  }
  return need;
}
