import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Subject, of } from 'rxjs';
import { ApiError } from '../../../core/http/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { Caja, SesionCaja } from '../../../core/session/caja.model';
import { SesionCajaStore } from '../../../core/session/sesion-caja.store';
import { UsuariosStore } from '../../../core/users/usuarios.store';
import { Cents } from '../../../shared/money';
import {
  InyeccionesHistoryStore,
  RecargasHistoryStore,
} from '../../recargas/data-access/history.store';
import { OperadoraNombre } from '../../recargas/data-access/operadora';
import { RecargaCliente } from '../../recargas/data-access/recargas.model';
import CierrePage from './cierre-page';

const AT = new Date(Date.UTC(2026, 10, 25, 13, 0));
const sesion = (over: Partial<SesionCaja>): SesionCaja => ({
  id: 7,
  idCaja: 2,
  idUsuario: 3,
  montoInicial: 30_000 as Cents,
  montoFinalTeorico: null,
  montoFinalReal: null,
  diferencia: null,
  estado: 'ABIERTA',
  fechaApertura: AT,
  fechaCierre: null,
  caja: null,
  ...over,
});
/** One Bs 20 top-up in session 7. */
const RECARGA = {
  id: 1,
  operadora: OperadoraNombre.Tigo,
  numeroCliente: '76543210',
  monto: 2_000 as Cents,
  fechaHora: AT,
  idSesion: 7,
  idUsuario: 3,
} satisfies RecargaCliente;

describe('CierrePage (the cierre of any session)', () => {
  let own: ReturnType<typeof signal<SesionCaja | null>>;
  let lastClosed: ReturnType<typeof signal<SesionCaja | null>>;
  let historyCopy: SesionCaja;
  let tillReads: { id: number; answer: Subject<Cents> }[];
  let recargasLoadedAt: ReturnType<typeof signal<Date | null>>;
  let freshReads: string[];

  function open(role: 'supervisor' | 'cajero', userId: number) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AuthService, useValue: { user: signal({ id: userId, name: 'Yo', role }) } },
        {
          provide: SesionCajaStore,
          useValue: {
            sesion: own,
            lastClosed,
            tillCash: signal(55_500 as Cents), // the signed-in user's own till
            cajas: signal<Caja[]>([]),
            tillCashOf: (id: number) => {
              const answer = new Subject<Cents>();
              tillReads.push({ id, answer });
              return answer;
            },
          },
        },
        { provide: UsuariosStore, useValue: { label: (id: number) => `Cajero ${id}` } },
        {
          provide: RecargasHistoryStore,
          useValue: {
            rows: signal([RECARGA]),
            sesiones: signal(new Map([[7, historyCopy]])),
            loadedAt: recargasLoadedAt,
            ensureLoaded: () => undefined,
            freshRead: () => (freshReads.push('recargas'), of(undefined)),
          },
        },
        {
          provide: InyeccionesHistoryStore,
          useValue: {
            rows: signal([]),
            sesiones: signal(new Map()),
            loadedAt: signal(null),
            ensureLoaded: () => undefined,
            freshRead: () => (freshReads.push('inyecciones'), of(undefined)),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(CierrePage);
    fixture.componentRef.setInput('id', 7);
    fixture.detectChanges();
    return fixture;
  }

  /** The amount shown beside a line of the cuadre ("Efectivo esperado"), or null. */
  function line(el: HTMLElement, label: string): string | null {
    const dt = [...el.querySelectorAll('dl.cuadre dt')].find(
      (d) => d.textContent?.trim() === label,
    );
    return dt?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  }

  beforeEach(() => {
    own = signal<SesionCaja | null>(null);
    lastClosed = signal<SesionCaja | null>(null);
    historyCopy = sesion({});
    tillReads = [];
    recargasLoadedAt = signal<Date | null>(AT);
    freshReads = [];
  });

  it("expects, for another cashier's open session, the cash in that session's till, not the supervisor's", () => {
    const fixture = open('supervisor', 1);
    const el: HTMLElement = fixture.nativeElement;
    expect(tillReads.map((r) => r.id)).toEqual([7]);
    // Until the service answers, no figure: a made-up expected amount would be worse.
    expect(el.querySelector('[aria-label="Cargando el historial"]')).not.toBeNull();
    expect(line(el, 'Efectivo esperado')).toBeNull();

    tillReads[0].answer.next(33_000 as Cents);
    fixture.detectChanges();
    expect(line(el, 'Efectivo esperado')).toBe('Bs 330,00');
    // 300 + 20 of top-ups = 320; the other 10 are the till's own movements.
    expect(line(el, 'Otros movimientos')).toBe('Bs 10,00');
    expect(el.textContent).not.toContain('555,00');
  });

  it('reads that till again when a history lands, keeping the figure shown meanwhile', () => {
    const fixture = open('supervisor', 1);
    const el: HTMLElement = fixture.nativeElement;
    tillReads[0].answer.next(33_000 as Cents);
    fixture.detectChanges();
    recargasLoadedAt.set(new Date(AT.getTime() + 60_000)); // the history refreshed
    fixture.detectChanges();
    expect(tillReads.map((r) => r.id)).toEqual([7, 7]);
    expect(line(el, 'Efectivo esperado')).toBe('Bs 330,00');
    tillReads[1].answer.next(35_000 as Cents);
    fixture.detectChanges();
    expect(line(el, 'Efectivo esperado')).toBe('Bs 350,00');
  });

  it('falls back to what the history accounts for when that till cannot be read, and says so', () => {
    const fixture = open('supervisor', 1);
    tillReads[0].answer.error(new ApiError(503, ['Servicio no disponible']));
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(line(el, 'Efectivo esperado')).toBe('Bs 320,00');
    expect(line(el, 'Otros movimientos')).toBeNull();
    expect(el.querySelector('[role="status"]')?.textContent).toContain(
      'No se pudo leer el efectivo de la caja',
    );
    expect(freshReads).toEqual([]);
  });

  it('reads both histories again when the service says the session is no longer open (404)', () => {
    const fixture = open('supervisor', 1);
    tillReads[0].answer.error(
      new ApiError(404, ['Sesión de caja con ID 7 no encontrada o inactiva']),
    );
    fixture.detectChanges();
    expect(freshReads.sort()).toEqual(['inyecciones', 'recargas']);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'Esta sesión ya no está abierta',
    );
  });

  it('uses the own till cash for the own open session, without reading it again', () => {
    own.set(sesion({ idCaja: 1 }));
    const fixture = open('cajero', 3);
    expect(tillReads).toEqual([]);
    expect(line(fixture.nativeElement, 'Efectivo esperado')).toBe('Bs 555,00');
  });

  it('shows the counted cash and the difference of a session closed here, while the history still says ABIERTA', () => {
    lastClosed.set(
      sesion({
        estado: 'CERRADA',
        montoFinalTeorico: 32_000 as Cents,
        montoFinalReal: 31_950 as Cents,
        diferencia: -50 as Cents,
        fechaCierre: new Date(AT.getTime() + 3_600_000),
      }),
    );
    const fixture = open('cajero', 3);
    const el: HTMLElement = fixture.nativeElement;
    expect(tillReads).toEqual([]);
    expect(line(el, 'Efectivo esperado')).toBe('Bs 320,00');
    expect(line(el, 'Efectivo contado')).toBe('Bs 319,50');
    expect(line(el, 'Diferencia')).toBe('Bs -0,50 (FALTA)');
    expect(el.textContent).not.toContain('caja abierta');
  });

  it("never reads another cashier's till for a cashier, who may not see that cierre", () => {
    const fixture = open('cajero', 9);
    expect(tillReads).toEqual([]);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'Solo puedes ver el cierre de tus propias sesiones.',
    );
  });
});
