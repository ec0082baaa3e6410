import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BsPipe } from '../../../shared/money.pipe';
import { ResumenSesion } from '../data-access/resumen-sesion';

/** The open session at a glance on the counter: sales and injections, and the till's net. */
@Component({
  selector: 'app-resumen-strip',
  imports: [BsPipe],
  template: `
    @let r = resumen();
    <section class="strip" aria-label="Resumen de la sesión">
      <span class="cell">
        <strong>Recargas</strong> {{ r.recargas }} · {{ r.montoRecargas | bs }}
      </span>
      @for (o of r.porOperadora; track o.operadora) {
        <span class="cell op">
          {{ o.operadora }}: {{ o.recargas }} · {{ o.montoRecargas | bs }}
          @if (o.inyecciones) {
            <span class="iny">(+{{ o.montoInyecciones | bs }} inyectado)</span>
          }
        </span>
      }
      <span class="cell">
        <strong>Inyecciones</strong> {{ r.inyecciones }} · {{ r.montoInyecciones | bs }}
      </span>
      <span class="cell neto" [class.neg]="r.neto < 0">
        <strong>Neto en caja</strong> {{ r.neto | bs }}
      </span>
    </section>
  `,
  styles: `
    .strip {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      padding: 8px 12px;
      margin: 12px 0;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
      font-size: 14px;
      font-variant-numeric: tabular-nums;
    }
    .op {
      color: var(--mat-sys-on-surface-variant);
    }
    .iny {
      font-size: 12px;
    }
    .neg {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResumenStrip {
  readonly resumen = input.required<ResumenSesion>();
}
