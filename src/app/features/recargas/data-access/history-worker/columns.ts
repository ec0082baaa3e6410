import { Cents } from '../../../../shared/money';
import type { SesionCajaDto } from '../../../../core/session/caja.dto';
import { OPERADORAS } from '../operadora';
import { numeroAt } from './numero-text';
import { Typed, ensure, resized } from './typed-arrays';

export type HistoryList = 'recargas' | 'inyecciones';

/**
 * A whole history as one typed array per field, newest first: a few bytes per row instead of
 * an object, a Date and strings (100,000 rows: ~4 MB outside the JS heap), built in the worker
 * and transferred to the page. Money is integer cents (exact in a Float64Array).
 */
export interface HistoryColumns {
  list: HistoryList;
  size: number;
  id: Int32Array;
  /** `fecha_hora` in epoch ms. */
  time: Float64Array;
  /** Bolivian calendar day (days since 1970-01-01, UTC-4). */
  day: Int32Array;
  /** Index in OPERADORAS. */
  op: Uint8Array;
  cents: Float64Array;
  sesion: Int32Array;
  /** The cashier (`id_usuario` of the embedded session); -1 when the row does not say. */
  user: Int32Array;
  /** `numero_cliente` as sent (UTF-8), concatenated; row i ends at `numeroEnd[i]`. */
  numeroBytes: Uint8Array;
  numeroEnd: Uint32Array;
  /** Per row, bit d set when its number holds the digit d (a search passes rows over by it). */
  digitMask: Uint16Array;
  /** Only the digits of each number, when some number holds anything else; else null. */
  searchBytes: Uint8Array | null;
  searchEnd: Uint32Array | null;
  minDay: number;
  maxDay: number;
  hasUser: boolean;
}

const DAY_MS = 86_400_000;
/** Same value as shared/bo-date.ts (UTC-4 all year), not imported: it would bring Angular in. */
const BOLIVIA_OFFSET_MS = -4 * 3_600_000;
const encoder = new TextEncoder();

/** Grows its typed arrays by doubling; `finish()` hands out copies sliced to the row count. */
export class ColumnBuilder {
  private capacity = 1024;
  private n = 0;
  private id = new Int32Array(this.capacity);
  private time = new Float64Array(this.capacity);
  private day = new Int32Array(this.capacity);
  private op = new Uint8Array(this.capacity);
  private cents = new Float64Array(this.capacity);
  private sesion = new Int32Array(this.capacity);
  private user = new Int32Array(this.capacity);
  private numeroEnd = new Uint32Array(this.capacity);
  private digitMask = new Uint16Array(this.capacity);
  private searchEnd = new Uint32Array(this.capacity);
  private numeroBytes = new Uint8Array(this.capacity * 8);
  private searchBytes = new Uint8Array(this.capacity * 8);
  private numeroLength = 0;
  private searchLength = 0;
  private onlyDigits = true;
  private minDay = Infinity;
  private maxDay = -Infinity;
  private hasUser = false;
  /** Each distinct embedded session once (a few hundred a year, against 100k rows). */
  readonly sesiones = new Map<number, SesionCajaDto>();

  constructor(readonly list: HistoryList) {}

  get size(): number {
    return this.n;
  }

  /** A row the page already holds as an object (an own operation, a spec fixture). */
  addRow(r: ColumnRow): void {
    const op = OPERADORAS.indexOf(r.operadora);
    const t = r.fechaHora.getTime();
    this.addValues(r.id, t, op, r.monto, r.idSesion, r.idUsuario, r.numeroCliente ?? '');
  }

  /** Row i of other columns, as is. */
  addFrom(c: HistoryColumns, i: number): void {
    const user = c.user[i] < 0 ? null : c.user[i];
    const numero = c.list === 'recargas' ? numeroAt(c, i) : '';
    this.addValues(c.id[i], c.time[i], c.op[i], c.cents[i], c.sesion[i], user, numero);
  }

  /** A row field by field (RowScanner's; the number as text or as its UTF-8 bytes). */
  addValues(
    id: number,
    time: number,
    op: number,
    cents: number,
    sesion: number,
    user: number | null,
    numero: string | Uint8Array,
  ): void {
    if (this.n === this.capacity) this.grow();
    const i = this.n++;
    const day = Math.floor((time + BOLIVIA_OFFSET_MS) / DAY_MS);
    this.id[i] = id;
    this.time[i] = time;
    this.day[i] = day;
    if (day < this.minDay) this.minDay = day;
    if (day > this.maxDay) this.maxDay = day;
    this.op[i] = op;
    this.cents[i] = cents;
    this.sesion[i] = sesion;
    this.user[i] = user ?? -1;
    if (user !== null) this.hasUser = true;
    this.digitMask[i] = this.addNumero(numero);
    this.numeroEnd[i] = this.numeroLength;
    this.searchEnd[i] = this.searchLength;
  }

  /** A copy of the first `count` rows (a preview): the builder goes on. */
  snapshot(count: number): HistoryColumns {
    return this.columns(Math.min(count, this.n), (a, length) => a.slice(0, length) as typeof a);
  }

  /**
   * All rows, one buffer per column cut to its length. The builder's own buffers are moved
   * (`ArrayBuffer.transfer`), not copied, so no second copy of the columns waits for a
   * collection; the builder takes no more rows.
   */
  finish(): HistoryColumns {
    const out = this.columns(this.n, (a, length) => resized(a, length));
    this.n = this.capacity = 0;
    return out;
  }

  private columns(k: number, cut: <A extends Typed>(a: A, length: number) => A): HistoryColumns {
    const numeroLength = k ? this.numeroEnd[k - 1] : 0;
    const searchLength = k ? this.searchEnd[k - 1] : 0;
    let minDay = this.minDay;
    let maxDay = this.maxDay;
    if (k < this.n) {
      // Newest first: the preview's days are those of its own rows.
      minDay = Infinity;
      maxDay = -Infinity;
      for (let i = 0; i < k; i++) {
        minDay = Math.min(minDay, this.day[i]);
        maxDay = Math.max(maxDay, this.day[i]);
      }
    }
    return {
      list: this.list,
      size: k,
      id: cut(this.id, k),
      time: cut(this.time, k),
      day: cut(this.day, k),
      op: cut(this.op, k),
      cents: cut(this.cents, k),
      sesion: cut(this.sesion, k),
      user: cut(this.user, k),
      numeroBytes: cut(this.numeroBytes, numeroLength),
      numeroEnd: cut(this.numeroEnd, k),
      digitMask: cut(this.digitMask, k),
      searchBytes: this.onlyDigits ? null : cut(this.searchBytes, searchLength),
      searchEnd: this.onlyDigits ? null : cut(this.searchEnd, k),
      minDay,
      maxDay,
      hasUser: this.hasUser,
    };
  }

  /**
   * Written in place (`encodeInto`, or the UTF-8 bytes as they came): one fresh buffer per row
   * was 100,000 buffers to collect.
   */
  private addNumero(numero: string | Uint8Array): number {
    const from = this.numeroLength;
    if (typeof numero === 'string') {
      this.numeroBytes = ensure(this.numeroBytes, from + numero.length * 3);
      this.numeroLength += encoder.encodeInto(numero, this.numeroBytes.subarray(from)).written;
    } else {
      this.numeroBytes = ensure(this.numeroBytes, from + numero.length);
      this.numeroBytes.set(numero, from);
      this.numeroLength += numero.length;
    }
    this.searchBytes = ensure(this.searchBytes, this.searchLength + this.numeroLength - from);
    let digits = 0;
    for (let k = from; k < this.numeroLength; k++) {
      const b = this.numeroBytes[k];
      if (b >= 0x30 && b <= 0x39) {
        this.searchBytes[this.searchLength++] = b;
        digits |= 1 << (b - 0x30);
      } else this.onlyDigits = false;
    }
    return digits;
  }

  private grow(): void {
    this.capacity *= 2;
    const c = this.capacity;
    this.id = ensure(this.id, c);
    this.time = ensure(this.time, c);
    this.day = ensure(this.day, c);
    this.op = ensure(this.op, c);
    this.cents = ensure(this.cents, c);
    this.sesion = ensure(this.sesion, c);
    this.user = ensure(this.user, c);
    this.numeroEnd = ensure(this.numeroEnd, c);
    this.digitMask = ensure(this.digitMask, c);
    this.searchEnd = ensure(this.searchEnd, c);
  }
}

/** The fields of row i the screens use (a RecargaCliente or an InyeccionOperadora). */
export interface ColumnRow {
  id: number;
  operadora: (typeof OPERADORAS)[number];
  numeroCliente?: string;
  monto: Cents;
  fechaHora: Date;
  idSesion: number;
  idUsuario: number | null;
}
