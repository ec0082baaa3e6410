import { BOLIVIA_OFFSET_MS } from '../../../shared/bo-date';
import { Params } from '@angular/router';
import { OperadoraNombre, isOperadora } from './operadora';

/**
 * What a history screen shows, as it lives in the URL query (bookmarkable, back button).
 * Dates are Bolivian calendar days (`YYYY-MM-DD`, both ends included); null = no limit.
 */
export interface HistoryFilter {
  /** As typed: only its digits count, so `7654 32` finds 76543210. */
  numero: string;
  operadora: OperadoraNombre | null;
  desde: string | null;
  hasta: string | null;
  sesion: number | null;
}

export type QuickRange = 'hoy' | 'ayer' | '7' | '30' | 'todo';

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Written when both dates are open, so "the whole history" differs from "no filter yet". */
const RANGE_ALL = 'todo';

/** Days since 1970-01-01 on the Bolivian calendar: day D runs from D 04:00Z to D+1 04:00Z. */
export function boliviaDay(ms: number): number {
  return Math.floor((ms + BOLIVIA_OFFSET_MS) / DAY_MS);
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `2026-11-25` to its day number, or null for anything that is not a real calendar day. */
export function isoToDay(iso: string): number | null {
  if (!ISO_DAY.test(iso)) return null;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) return null;
  const day = Math.floor(ms / DAY_MS);
  return dayToIso(day) === iso ? day : null;
}

const BO_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;

/**
 * What a cashier types in a date filter, Bolivian order: `25/11/2026`, `5/1/2026`,
 * `25-11-2026`, `25.11.26` (20xx); an ISO `2026-11-25` pasted from a CSV too. Returns the
 * ISO day, or null when it is not a real calendar day (`31/02/2026`, `11/25/2026`).
 */
export function boTextToIso(text: string): string | null {
  const t = text.trim();
  if (ISO_DAY.test(t)) return isoToDay(t) === null ? null : t;
  const m = BO_DATE.exec(t);
  if (!m) return null;
  const year = m[3].length === 2 ? `20${m[3]}` : m[3];
  const iso = `${year}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isoToDay(iso) === null ? null : iso;
}

/** `2026-11-25` as a Bolivian reads it: `25/11/2026`. */
export function isoToBoText(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** What a quick range changes: the dates; `Todo` (the whole history) the session filter too. */
export type QuickRangeChange = Pick<HistoryFilter, 'desde' | 'hasta'> &
  Partial<Pick<HistoryFilter, 'sesion'>>;

export function quickRange(range: QuickRange, today: number): QuickRangeChange {
  const span = (from: number, to: number) => ({ desde: dayToIso(from), hasta: dayToIso(to) });
  switch (range) {
    case 'hoy':
      return span(today, today);
    case 'ayer':
      return span(today - 1, today - 1);
    case '7':
      return span(today - 6, today);
    case '30':
      return span(today - 29, today);
    case 'todo':
      return { desde: null, hasta: null, sesion: null };
  }
}

/** The quick range the dates match, to mark its button as pressed. */
export function activeQuickRange(f: HistoryFilter, today: number): QuickRange | null {
  const all: QuickRange[] = ['hoy', 'ayer', '7', '30', 'todo'];
  return (
    all.find((r) => {
      const q = quickRange(r, today);
      return (
        q.desde === f.desde &&
        q.hasta === f.hasta &&
        (q.sesion === undefined || q.sesion === f.sesion)
      );
    }) ?? null
  );
}

/**
 * No filter in the URL: a cashier sees the own open session (all of it), anybody else, or a
 * cashier without an open session, sees today.
 */
export function defaultFilter(
  role: 'supervisor' | 'cajero' | null,
  ownSesion: number | null,
  today: number,
): HistoryFilter {
  const base = { numero: '', operadora: null };
  if (role === 'cajero' && ownSesion !== null)
    return { ...base, desde: null, hasta: null, sesion: ownSesion };
  return { ...base, ...quickRange('hoy', today), sesion: null };
}

/** The filter the URL holds, or null when it holds none (then the defaults apply). */
export function parseFilterParams(params: Params): HistoryFilter | null {
  const text = (key: string): string | null => {
    const v: unknown = params[key];
    return typeof v === 'string' ? v : null;
  };
  const keys = ['numero', 'operadora', 'desde', 'hasta', 'sesion', 'rango'];
  if (!keys.some((k) => text(k) !== null)) return null;
  const day = (key: string) => {
    const v = text(key);
    return v !== null && isoToDay(v) !== null ? v : null;
  };
  const operadora = text('operadora');
  const sesion = text('sesion') ?? '';
  return {
    numero: text('numero') ?? '',
    operadora: isOperadora(operadora) ? operadora : null,
    desde: day('desde'),
    hasta: day('hasta'),
    sesion: /^\d{1,9}$/.test(sesion) && Number(sesion) > 0 ? Number(sesion) : null,
  };
}

export function sameFilter(a: HistoryFilter, b: HistoryFilter): boolean {
  return (
    a.numero === b.numero &&
    a.operadora === b.operadora &&
    a.desde === b.desde &&
    a.hasta === b.hasta &&
    a.sesion === b.sesion
  );
}

/** The URL query for a filter: empty fields are left out. */
export function filterToParams(f: HistoryFilter): Params {
  const params: Params = {};
  if (f.numero !== '') params['numero'] = f.numero;
  if (f.operadora) params['operadora'] = f.operadora;
  if (f.desde) params['desde'] = f.desde;
  if (f.hasta) params['hasta'] = f.hasta;
  if (!f.desde && !f.hasta) params['rango'] = RANGE_ALL;
  if (f.sesion !== null) params['sesion'] = String(f.sesion);
  return params;
}

/** The digits a number search looks for: spaces, dashes and anything else ignored. */
export function searchDigits(numero: string): string {
  return numero.replace(/\D/g, '');
}
