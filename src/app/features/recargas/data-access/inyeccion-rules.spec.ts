import { ledgerOp } from '../../../../testing/ledger';
import { Cents } from '../../../shared/money';
import { inyeccionReadBack, inyeccionRefusal, nuevaInyeccionOf } from './inyeccion-rules';
import { OperadoraNombre } from './operadora';

const nueva = { operadora: OperadoraNombre.Viva, monto: 10000 as Cents, idSesion: 1 };
const watchedIny = ledgerOp({
  tipo: 'inyeccion',
  numero: '',
  operadora: OperadoraNombre.Viva,
  monto: 10000 as Cents,
  estado: 'not-applied',
  rowId: null,
});

describe('injection rules', () => {
  it('reads back operator and amount, and that the cash leaves the till', () => {
    const data = inyeccionReadBack(nueva, []);
    expect(data.title).toBe('Confirmar inyección');
    expect(data.lines).toEqual([
      { label: 'Operadora', value: 'Viva' },
      { label: 'Monto', value: 'Bs 100,00', big: true },
    ]);
    expect(data.warnings).toEqual([
      'El efectivo sale de la caja (EGRESO): Bs 100,00 menos en el cajón.',
    ]);
    expect(data.risk).toBeNull();
  });

  it('asks twice when an identical injection judged not applied may still be committed', () => {
    expect(inyeccionReadBack(nueva, [watchedIny]).risk).toBe(
      'Una inyección idéntica (Viva, Bs 100,00) se dio por no aplicada y el servidor todavía podría registrarla. Si envías esta, el efectivo podría salir dos veces.',
    );
    expect(inyeccionReadBack({ ...nueva, monto: 5000 as Cents }, [watchedIny]).risk).toBeNull();
    expect(
      inyeccionReadBack({ ...nueva, operadora: OperadoraNombre.Tigo }, [watchedIny]).risk,
    ).toBeNull();
    // A watched top-up of the same operator and amount is not an injection.
    const topup = { ...watchedIny, tipo: 'recarga' as const, numero: '76543210' };
    expect(inyeccionReadBack(nueva, [topup]).risk).toBeNull();
  });

  it('refuses before sending: no operator, invalid amount, offline', () => {
    expect(inyeccionRefusal({ operadora: false, valid: true, offline: false })).toEqual([
      'Elige la operadora.',
    ]);
    expect(inyeccionRefusal({ operadora: true, valid: false, offline: false })).toEqual([]);
    expect(inyeccionRefusal({ operadora: true, valid: true, offline: true })).toEqual([
      'Sin conexión: la inyección no se envió. Espera a que vuelva la conexión.',
    ]);
    expect(inyeccionRefusal({ operadora: true, valid: true, offline: false })).toBeNull();
  });

  it('gives back the injection a ledger entry stands for', () => {
    expect(nuevaInyeccionOf({ ...watchedIny, sesionId: 4 })).toEqual({
      operadora: OperadoraNombre.Viva,
      monto: 10000 as Cents,
      idSesion: 4,
    });
  });
});
