import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * Shown on the counter and injection pages of a tab that does not sell (another tab of this
 * browser does): `Usar aquí` moves the selling here. `moving` while the other tab finishes an
 * operation that awaits its verdict before handing over.
 */
@Component({
  selector: 'app-other-tab-alert',
  imports: [],
  template: `
    <div role="alert" class="alert">
      <span>
        Esta caja está abierta en otra pestaña.
        @if (moving()) {
          Esperando que la otra pestaña termine una operación…
        } @else {
          Para vender aquí, pulsa «Usar aquí».
        }
      </span>
      <button class="btn btn-flat" type="button" [disabled]="moving()" (click)="useHere.emit()">
        Usar aquí
      </button>
    </div>
  `,
  styles: `
    .alert {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      margin-bottom: 16px;
    }
    span {
      flex: 1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OtherTabAlert {
  readonly moving = input(false);
  readonly useHere = output<void>();
}
