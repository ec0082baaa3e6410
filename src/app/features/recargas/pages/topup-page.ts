import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-topup-page',
  template: '<h1>Recargas</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TopupPage {}
