import { DestroyRef, Signal, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { Subscription, filter, map, timer } from 'rxjs';
import { SesionCaja } from '../../../core/session/caja.model';
import { CajasApiService } from '../../../core/session/cajas-api.service';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { UsuariosStore } from '../../../core/users/usuarios.store';
import { CallState, errorOf } from '../../../core/http/call-state';
import { DataChangedService, RECONNECTED_EVENT } from '../../../core/realtime/data-changed.service';
import { Cents } from '../../../shared/money';
import {
  PoolForecast,
  closingTime,
  dayStartMs,
  forecastPool,
  paceStart,
  salesPace,
} from './forecast';
import { InyeccionesHistoryStore, RecargasHistoryStore } from './history.store';
import { boliviaDay } from './history-filter';
import { OPERADORAS, OperadoraNombre } from './operadora';
import { PoolSettingsStore } from './pool-settings.store';
import { CajeroDia, resumenDia } from './resumen';
import { LOW_BALANCE_THRESHOLD, SaldosStore } from './saldos.store';

/** The socket's actions after which whoever has a till open may have changed. */
const TILL_ACTIONS = new Set(['CAJA_ABIERTA', 'CAJA_CERRADA', RECONNECTED_EVENT.action]);

/** The forecast follows the clock: recomputed every minute. */
const TICK_MS = 60_000;

export interface PoolView {
  operadora: OperadoraNombre;
  saldo: Cents | null;
  umbral: Cents | null;
  /** Today only; null for another day or an operator without a pool. */
  forecast: PoolForecast | null;
}

export interface CajeroView extends CajeroDia {
  nombre: string;
  sesiones: (SesionCaja & { cajaNombre: string })[];
}

/**
 * The state of `/recargas/resumen`: the chosen Bolivian day, its sums from the shared
 * histories, the cashiers by name and each pool's forecast. Create it in the page's
 * injection context.
 */
export class ResumenView {
  private readonly recargas = inject(RecargasHistoryStore);
  private readonly inyecciones = inject(InyeccionesHistoryStore);
  private readonly saldos = inject(SaldosStore);
  private readonly usuarios = inject(UsuariosStore);
  private readonly sesionCaja = inject(SesionCajaStore);
  private readonly cajasApi = inject(CajasApiService);
  /** Open sessions asked of the service by user (a till opened today may have no rows yet). */
  private readonly abiertas = signal<ReadonlyMap<number, SesionCaja>>(new Map());
  private readonly checked = new Set<number>();
  private readonly asking = new Map<number, Subscription>();
  private readonly destroyRef = inject(DestroyRef);
  readonly settings = inject(PoolSettingsStore);

  readonly now: Signal<number> = toSignal(timer(TICK_MS, TICK_MS).pipe(map(() => Date.now())), {
    initialValue: Date.now(),
  });
  readonly today = computed(() => boliviaDay(this.now()));
  /** null: today, whatever day today is (a screen left open past midnight moves on). */
  private readonly picked = signal<number | null>(null);
  readonly day = computed(() => this.picked() ?? this.today());
  readonly isToday = computed(() => this.day() === this.today());

  readonly state = computed<CallState>(() => {
    const a = this.recargas.state();
    const b = this.inyecciones.state();
    return errorOf(a) ? a : errorOf(b) ? b : a === 'loaded' && b === 'loaded' ? a : 'loading';
  });
  readonly error = computed(() => errorOf(this.state()));
  readonly firstLoad = computed(
    () => (this.recargas.rows() === null || this.inyecciones.rows() === null) && !this.error(),
  );
  /** The top-up history's download (the big one), for the progress bar. */
  readonly progress = computed(() => this.recargas.progress() ?? this.inyecciones.progress());
  readonly stale = computed(() => this.recargas.stale() || this.inyecciones.stale());
  readonly refreshing = computed(() => this.recargas.refreshing() || this.inyecciones.refreshing());

  /** Sessions from both histories. */
  private readonly embedded = computed(() => {
    const all = new Map<number, SesionCaja>(this.inyecciones.sesiones());
    for (const [id, s] of this.recargas.sesiones()) all.set(id, s);
    return all;
  });
  /** Everyone the histories know as having had a till. */
  private readonly users = computed(
    () => new Set([...this.embedded().values()].map((s) => s.idUsuario)),
  );
  /** Plus the open ones, which may have no rows yet (the newest state of a session wins). */
  private readonly sesiones = computed(() => {
    const all = new Map(this.embedded());
    // A session the history already shows closed stays closed: the open check may be older.
    for (const [id, s] of this.abiertas())
      if (this.embedded().get(id)?.estado !== 'CERRADA') all.set(id, s);
    const own = this.sesionCaja.sesion();
    if (own) all.set(own.id, own);
    return all;
  });

  readonly resumen = computed(() => {
    const recargas = this.recargas.rows();
    const inyecciones = this.inyecciones.rows();
    if (!recargas || !inyecciones) return null;
    return resumenDia(recargas, inyecciones, this.sesiones().values(), this.day());
  });

  readonly cajeros = computed<CajeroView[]>(() => {
    const cajas = new Map(this.sesionCaja.cajas().map((c) => [c.id, c.nombre]));
    return (this.resumen()?.porCajero ?? []).map((c) => ({
      ...c,
      nombre: c.idUsuario === null ? 'Sin cajero registrado' : this.usuarios.label(c.idUsuario),
      sesiones: c.sesiones.map((s) => ({
        ...s,
        cajaNombre: s.caja?.nombre ?? cajas.get(s.idCaja) ?? `Caja ${s.idCaja}`,
      })),
    }));
  });

  readonly pools = computed<PoolView[]>(() => {
    const umbrales = this.settings.umbrales();
    const day = this.day();
    const now = this.now();
    const today = this.isToday();
    const rows = this.recargas.rows() ?? [];
    const closing = closingTime(day, this.settings.cierre());
    const opened = (this.resumen()?.porCajero ?? []).flatMap((c) =>
      c.sesiones.map((s) => s.fechaApertura.getTime()),
    );
    const since = paceStart(dayStartMs(day), now, opened, rows);
    return OPERADORAS.map((operadora) => {
      const saldo = this.saldos.saldoOf(operadora);
      // The counter's default when none was set: both screens call the same pool low.
      const umbral = umbrales[operadora] ?? LOW_BALANCE_THRESHOLD;
      if (!today || saldo === null) return { operadora, saldo, umbral, forecast: null };
      const pace = salesPace(
        rows.filter((r) => r.operadora === operadora),
        now,
        since,
      );
      return {
        operadora,
        saldo,
        umbral,
        forecast: forecastPool({ saldo, pace, now, closing, umbral }),
      };
    });
  });

  constructor() {
    this.recargas.ensureLoaded();
    this.inyecciones.ensureLoaded();
    effect(() => {
      const ids = (this.resumen()?.porCajero ?? []).map((c) => c.idUsuario);
      this.usuarios.request(ids.filter((id): id is number => id !== null));
    });
    // Who has a till open now: the service answers per user, for the users the history knows.
    effect(() => {
      const users = new Set(this.users());
      // Every landing counts, a 304 too: a till without rows closes without changing them.
      this.recargas.loadedAt();
      this.inyecciones.loadedAt();
      untracked(() => {
        // At each history landing, whoever was seen with a till open is asked again: a till
        // closes with or without rows in the history.
        for (const s of this.abiertas().values()) {
          this.checked.delete(s.idUsuario);
          users.add(s.idUsuario);
        }
        this.checkOpen(users);
      });
    });
    // A till opened or closed anywhere (or events lost while the socket was down): the event
    // does not say whose, and a till opened without a sale changes no history: ask everyone.
    inject(DataChangedService)
      .events$.pipe(
        filter((e) => TILL_ACTIONS.has(e.action)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => this.askEveryone());
  }

  /** Asks every user the histories know whether they have a till open now. */
  private askEveryone(): void {
    this.checked.clear();
    this.checkOpen(this.users());
  }

  private checkOpen(users: Iterable<number>): void {
    for (const id of users) {
      if (this.checked.has(id)) continue;
      this.checked.add(id);
      // The latest question per user wins: an older answer never lands after a newer one.
      this.asking.get(id)?.unsubscribe();
      const asking = this.cajasApi
        .getSesionActiva(id)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (s) => {
            this.abiertas.update((m) => {
              // The user's open session now, or none: any older one of theirs is gone.
              const next = new Map([...m].filter(([, o]) => o.idUsuario !== id));
              return s ? next.set(s.id, s) : next;
            });
          },
          error: () => this.checked.delete(id),
        });
      this.asking.set(id, asking);
    }
  }

  pick(day: number | null): void {
    this.picked.set(day === null || day >= this.today() ? null : day);
  }

  reload(): void {
    // Everyone is asked again when the histories land (once, not also now).
    this.checked.clear();
    this.recargas.reload();
    this.inyecciones.reload();
  }
}
