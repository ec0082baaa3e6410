import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  numberAttribute,
} from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../../core/auth/auth.service';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { UsuariosStore } from '../../../core/users/usuarios.store';
import {
  InyeccionesHistoryStore,
  RecargasHistoryStore,
} from '../../recargas/data-access/history.store';
import { cuadrar, resumirSesion } from '../data-access/cierre';
import { CierreData, CierreReport } from '../ui/cierre-report';
import { injectOtherTill } from './other-till';

/**
 * The cierre of any session, from the history screens: a supervisor sees every session, a
 * cashier only the own. Past sessions come from the histories (each row embeds its session).
 */
@Component({
  selector: 'app-cierre-page',
  imports: [CierreReport, MatButton, MatAnchor, MatProgressBar, RouterLink],
  template: `
    <div class="no-print">
      <h1>Cierre de la sesión {{ id() }}</h1>
      <a
        mat-button
        routerLink="/recargas/historial/clientes"
        [queryParams]="{ sesion: id(), rango: 'todo' }"
      >
        Ver las recargas de la sesión
      </a>
    </div>
    @switch (true) {
      @case (loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Cargando el historial" />
      }
      @case (forbidden()) {
        <p role="alert">Solo puedes ver el cierre de tus propias sesiones.</p>
      }
      @case (data() === null) {
        <p role="alert">No hay operaciones de la sesión {{ id() }} en el historial.</p>
      }
      @default {
        @if (tillNote(); as note) {
          <p class="no-print" role="status">{{ note }}</p>
        }
        <button mat-flat-button type="button" class="no-print" (click)="imprimir()">
          Imprimir cierre
        </button>
        <app-cierre-report [data]="data()!" />
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CierrePage {
  readonly id = input.required({ transform: numberAttribute });
  private readonly auth = inject(AuthService);
  private readonly sesionCaja = inject(SesionCajaStore);
  private readonly usuarios = inject(UsuariosStore);
  private readonly recargas = inject(RecargasHistoryStore);
  private readonly inyecciones = inject(InyeccionesHistoryStore);

  private readonly sesion = computed(() => {
    const id = this.id();
    const own = this.sesionCaja.sesion();
    if (own?.id === id) return own;
    // Closed here a moment ago: the history read before the close still says ABIERTA.
    const closed = this.sesionCaja.lastClosed();
    if (closed?.id === id) return closed;
    return this.recargas.sesiones().get(id) ?? this.inyecciones.sesiones().get(id) ?? null;
  });
  protected readonly forbidden = computed(() => {
    const s = this.sesion();
    const user = this.auth.user();
    return !!s && user?.role !== 'supervisor' && s.idUsuario !== user?.id;
  });
  /** Another user's open session (a supervisor's look): the cash in its till now. */
  private readonly otherTill = injectOtherTill(
    computed(() => {
      const s = this.sesion();
      const other = s?.estado === 'ABIERTA' && s.id !== this.sesionCaja.sesion()?.id;
      return other && !this.forbidden() ? s.id : null;
    }),
  );
  /** Why the expected cash is only what the history accounts for, when it is. */
  protected readonly tillNote = computed(() => {
    const why = this.otherTill()?.why;
    if (why === 'cerrada') return 'Esta sesión ya no está abierta: se lee el historial de nuevo.';
    if (why === 'error')
      return 'No se pudo leer el efectivo de la caja: el esperado es lo que registra el historial.';
    return null;
  });

  protected readonly loading = computed(
    () =>
      this.recargas.rows() === null ||
      this.inyecciones.rows() === null ||
      this.otherTill() === undefined,
  );
  protected readonly data = computed<CierreData | null>(() => {
    const s = this.sesion();
    if (!s) return null;
    const resumen = resumirSesion(s.id, this.recargas.rows() ?? [], this.inyecciones.rows() ?? []);
    const user = this.auth.user();
    const own = s.id === this.sesionCaja.sesion()?.id;
    // An open session's expected cash is its till's cash now; a closed one's, the service's.
    const saldoCaja =
      s.estado !== 'ABIERTA'
        ? s.montoFinalTeorico
        : own
          ? this.sesionCaja.tillCash()
          : (this.otherTill()?.cash ?? null);
    return {
      sesion: s,
      cajaNombre:
        this.sesionCaja.cajas().find((c) => c.id === s.idCaja)?.nombre ?? `Caja ${s.idCaja}`,
      cajero: s.idUsuario === user?.id ? user.name : this.usuarios.label(s.idUsuario),
      resumen,
      cuadre: cuadrar(s.montoInicial, resumen, saldoCaja),
      contado: s.montoFinalReal,
      diferencia: s.diferencia,
    };
  });

  constructor() {
    this.recargas.ensureLoaded();
    this.inyecciones.ensureLoaded();
  }

  protected imprimir(): void {
    window.print();
  }
}
