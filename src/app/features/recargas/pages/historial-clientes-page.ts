import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RecargasHistoryStore } from '../data-access/history.store';
import { HistoryView } from '../data-access/history-view';
import { RecargaCliente } from '../data-access/recargas.model';
import { HistoryScreen } from '../ui/history-screen';

/** `/recargas/historial/clientes`: the top-up history with filters in the URL query. */
@Component({
  selector: 'app-historial-clientes-page',
  imports: [HistoryScreen],
  template: `
    <h1>Historial de recargas</h1>
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
export default class HistorialClientesPage {
  protected readonly view = new HistoryView<RecargaCliente>(
    'recargas',
    inject(RecargasHistoryStore),
  );
}
