import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { InyeccionesHistoryStore } from '../data-access/history.store';
import { HistoryView } from '../data-access/history-view';
import { InyeccionOperadora } from '../data-access/recargas.model';
import { HistoryScreen } from '../ui/history-screen';

/** `/recargas/historial/inyecciones`: operator balance injections, same filters but the number. */
@Component({
  selector: 'app-historial-inyecciones-page',
  imports: [HistoryScreen],
  template: `
    <h1>Historial de inyecciones</h1>
    <app-history-screen [view]="view" />
  `,
  styles: `
    h1 {
      font-size: 24px;
      margin: 0 0 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class HistorialInyeccionesPage {
  protected readonly view = new HistoryView<InyeccionOperadora>(
    'inyecciones',
    inject(InyeccionesHistoryStore),
  );
}
