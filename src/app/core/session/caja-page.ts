import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { DatePipe } from '@angular/common';
import { BsPipe } from '../../shared/money.pipe';
import { SesionCajaStore } from './sesion-caja.store';

@Component({
  selector: 'app-caja-page',
  imports: [DatePipe, BsPipe],
  template: `
    <h1>Caja</h1>
    @if (store.sesion(); as sesion) {
      <dl>
        <dt>Caja</dt>
        <dd>{{ store.cajaNombre() }}</dd>
        <dt>Sesión</dt>
        <dd>{{ sesion.id }}</dd>
        <dt>Abierta</dt>
        <dd>{{ sesion.fechaApertura | date: 'dd/MM/yyyy HH:mm' : '-0400' }}</dd>
        <dt>Monto inicial</dt>
        <dd>{{ sesion.montoInicial | bs }}</dd>
        <dt>Efectivo en caja</dt>
        <dd>{{ store.tillCash() | bs }}</dd>
      </dl>
    } @else if (store.sesion() === null) {
      <p>Sin caja abierta</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CajaPage {
  protected readonly store = inject(SesionCajaStore);
}
