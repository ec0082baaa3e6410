import { ChangeDetectionStrategy, Component, ProviderToken, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { renderInStages } from '../../../shared/staged-render';
import { HistoryKind } from '../data-access/history-csv';
import { InyeccionesHistoryStore, RecargasHistoryStore } from '../data-access/history.store';
import { HistoryRecord } from '../data-access/history-index';
import { HistorySource, HistoryView } from '../data-access/history-view';
import { HistoryScreen } from '../ui/history-screen';

/** What each history's route says (`data: { kind }` in recargas.routes.ts). */
export interface HistorialRouteData {
  kind: HistoryKind;
}

const HISTORIES: Record<
  HistoryKind,
  { heading: string; store: ProviderToken<HistorySource<HistoryRecord>> }
> = {
  recargas: { heading: 'Historial de recargas', store: RecargasHistoryStore },
  inyecciones: { heading: 'Historial de inyecciones', store: InyeccionesHistoryStore },
};

/**
 * `/recargas/historial/clientes` (top-ups) and `/recargas/historial/inyecciones` (operator
 * balance injections, the same filters but the number): one history, its kind from the route,
 * its filters in the URL query.
 */
@Component({
  selector: 'app-historial-page',
  imports: [HistoryScreen],
  template: `
    <h1>{{ heading }}</h1>
    @if (stage() >= 1) {
      <app-history-screen [view]="view" />
    }
  `,
  styles: `
    h1 {
      font-size: 24px;
      margin: 0 0 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class HistorialPage {
  // Read once: each history is its own route, so the router never reuses this page for the other.
  private readonly kind = (inject(ActivatedRoute).snapshot.data as HistorialRouteData).kind;
  protected readonly heading = HISTORIES[this.kind].heading;
  protected readonly view = new HistoryView(this.kind, inject(HISTORIES[this.kind].store));
  /** The screen a task after the route (shell, heading, the request sent): one was ~40 ms. */
  protected readonly stage = renderInStages(1);
}
