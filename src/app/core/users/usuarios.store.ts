import { HttpClient } from '@angular/common/http';
import { Injectable, Signal, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subscription } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { AuthUser } from '../auth/auth.model';
import { UsuarioAnswerDto, UsuarioDto } from './usuarios.dto';
import { toUsuarioName, unknownUsuarioLabel } from './usuarios.mapper';

/** After a failed lookup the id shows `Usuario N` and is asked again this much later. */
export const USUARIO_RETRY_MS = 30_000;
/** Shown while the name is on its way. */
export const PENDING_LABEL = '…';
/** How long `whenAnswered` waits at most for the names asked. */
export const ANSWER_WAIT_MS = 5_000;

type Entry =
  { kind: 'pending' } | { kind: 'known'; name: string } | { kind: 'unknown' } | { kind: 'failed' };

/**
 * Cashiers' names by user id, for every screen that names a person (histories, cierre,
 * resumen). `GET /usuario/:id` is asked once per id per sign-in, shared by parallel callers;
 * of its answer (password hash included) only the name is kept, in memory. Usage:
 * `usuarios.label(id)` inside a template or computed (it asks for unknown ids by itself), or
 * `usuarios.nameOf(id)` for a signal.
 */
@Injectable({ providedIn: 'root' })
export class UsuariosStore {
  private readonly http = inject(HttpClient);
  private readonly entries = signal<ReadonlyMap<number, Entry>>(new Map());
  /** Ids asked for since the last flush; the requests start in a microtask. */
  private readonly queued = new Set<number>();
  private readonly running = new Map<number, Subscription>();
  private readonly retries = new Set<ReturnType<typeof setTimeout>>();
  /** `whenAnswered` callers, checked at each answer (`true`: released now). */
  private readonly waiters = new Set<(release?: boolean) => void>();
  /** The signed-in user the names belong to. */
  private userId: number | null = null;

  /** The names known so far, by id. */
  readonly names = computed<ReadonlyMap<number, string>>(() => {
    const out = new Map<number, string>();
    for (const [id, e] of this.entries()) if (e.kind === 'known') out.set(id, e.name);
    return out;
  });

  constructor() {
    const auth = inject(AuthService);
    this.startFor(auth.user());
    // Sign-out or another user: forget every name. The same user signing in again (the
    // re-login dialog) keeps them, and retries the ids that failed (maybe on the 401).
    auth.signInEvents.pipe(takeUntilDestroyed()).subscribe((user) => {
      if (user && user.id === this.userId) this.dropFailed();
      else this.startFor(user);
    });
  }

  /**
   * The person's name; `Usuario N` when the service does not know the id (or could not be
   * asked), `…` while asking, `—` for no id. Reactive: read it in a template or computed.
   */
  label(id: number | null): string {
    if (id === null) return '—';
    const entry = this.entries().get(id);
    if (!entry) {
      this.request([id]);
      return PENDING_LABEL;
    }
    switch (entry.kind) {
      case 'known':
        return entry.name;
      case 'pending':
        return PENDING_LABEL;
      default:
        return unknownUsuarioLabel(id);
    }
  }

  nameOf(id: number | null): Signal<string> {
    return computed(() => this.label(id));
  }

  /**
   * Resolves once each id has had its answer (a name, or `Usuario N` for an id the service
   * does not know or that it failed to answer again), asking for those not asked yet and once
   * more for those whose lookup failed; at the latest after `timeoutMs`, or at a sign-out. For
   * what is written once, such as an export, where a `…` would stay.
   */
  whenAnswered(ids: Iterable<number>, timeoutMs = ANSWER_WAIT_MS): Promise<void> {
    const wanted = [...ids].filter((id) => Number.isInteger(id) && id > 0);
    const entries = this.entries();
    this.forget(wanted.filter((id) => entries.get(id)?.kind === 'failed'));
    this.request(wanted);
    const answered = () =>
      wanted.every((id) => {
        const kind = this.entries().get(id)?.kind;
        return kind !== undefined && kind !== 'pending';
      });
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const check = (release = false) => {
        if (release || answered()) finish();
      };
      const timer = setTimeout(finish, timeoutMs);
      this.waiters.add(check);
      queueMicrotask(check); // after request()'s own microtask has marked the ids pending
    });
  }

  /**
   * Asks for the ids not known or asked yet. Safe to call from anywhere, a computed included:
   * nothing is written before the next microtask.
   */
  request(ids: Iterable<number>): void {
    const first = this.queued.size === 0;
    const entries = this.entries();
    for (const id of ids) {
      if (Number.isInteger(id) && id > 0 && !entries.has(id)) this.queued.add(id);
    }
    if (first && this.queued.size > 0) queueMicrotask(() => this.flush());
  }

  private flush(): void {
    const entries = new Map(this.entries());
    const ids = [...this.queued].filter((id) => !entries.has(id));
    this.queued.clear();
    if (ids.length === 0) return;
    for (const id of ids) entries.set(id, { kind: 'pending' });
    this.entries.set(entries);
    for (const id of ids) {
      const sub = this.http.get<UsuarioAnswerDto<UsuarioDto | null>>(`/usuario/${id}`).subscribe({
        next: (answer) => {
          // Only the name leaves the answer; the rest (hash, e-mail, person) is dropped here.
          const found = toUsuarioName(answer);
          this.settle(id, found ? { kind: 'known', name: found.name } : { kind: 'unknown' });
        },
        error: () => {
          this.settle(id, { kind: 'failed' });
          const timer = setTimeout(() => {
            this.retries.delete(timer);
            if (this.entries().get(id)?.kind === 'failed') this.forget([id]);
          }, USUARIO_RETRY_MS);
          this.retries.add(timer);
        },
      });
      if (!sub.closed) this.running.set(id, sub);
    }
  }

  private settle(id: number, entry: Entry): void {
    this.running.delete(id);
    this.entries.update((m) => new Map(m).set(id, entry));
    for (const check of [...this.waiters]) check();
  }

  /** Dropped entries are asked again by the next read. */
  private forget(ids: number[]): void {
    if (ids.length === 0) return;
    this.entries.update((m) => {
      const next = new Map(m);
      for (const id of ids) next.delete(id);
      return next;
    });
  }

  private dropFailed(): void {
    const failed = [...this.entries()].filter(([, e]) => e.kind === 'failed').map(([id]) => id);
    if (failed.length) this.forget(failed);
  }

  /** Nothing of the previous user's lookups stays; the own name comes from the sign-in. */
  private startFor(user: AuthUser | null): void {
    this.userId = user?.id ?? null;
    // Whoever waits for names of the previous user waits no more (what it writes is dropped).
    const waiting = [...this.waiters];
    this.waiters.clear();
    for (const check of waiting) check(true);
    for (const sub of this.running.values()) sub.unsubscribe();
    this.running.clear();
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
    this.queued.clear();
    const entries = new Map<number, Entry>();
    if (user) entries.set(user.id, { kind: 'known', name: user.name });
    this.entries.set(entries);
  }
}
