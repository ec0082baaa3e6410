import { Subject, of } from 'rxjs';
import { SESION_1, recargaRow } from '../../../../testing/ledger';
import { ApiError } from '../../../core/http/api-error';
import { Cents } from '../../../shared/money';
import { OperadoraNombre } from '../../recargas/data-access/operadora';
import { InyeccionOperadora, RecargaCliente } from '../../recargas/data-access/recargas.model';
import { CierreCalc } from './cierre-calc';

const iny = (id: number, monto: number): InyeccionOperadora => ({
  id,
  operadora: OperadoraNombre.Viva,
  monto: monto as Cents,
  fechaHora: new Date('2026-11-25T16:00:00Z'),
  idSesion: 1,
  idUsuario: 3,
});

describe('CierreCalc: the figures of a close', () => {
  let reads: {
    recargas: Subject<readonly RecargaCliente[]>;
    inyecciones: Subject<readonly InyeccionOperadora[]>;
    cash: Subject<Cents>;
  }[];
  let ledger: { recargas: RecargaCliente[]; inyecciones: InyeccionOperadora[] };
  let calc: CierreCalc;

  beforeEach(() => {
    reads = [];
    ledger = { recargas: [], inyecciones: [] };
    const read = () => reads[reads.length - 1];
    calc = new CierreCalc(SESION_1, {
      recargas: () => {
        reads.push({ recargas: new Subject(), inyecciones: new Subject(), cash: new Subject() });
        return read().recargas;
      },
      inyecciones: () => read().inyecciones,
      tillCash: () => read().cash,
      ledger: () => ledger,
    });
  });

  afterEach(() => calc.destroy());

  function answer(
    i: number,
    recargas: RecargaCliente[],
    inyecciones: InyeccionOperadora[],
    cash: number,
  ) {
    reads[i].recargas.next(recargas);
    reads[i].inyecciones.next(inyecciones);
    reads[i].cash.next(cash as Cents);
  }

  it('shows no figures at all while any of the reads is missing', () => {
    expect(calc.state()).toBe('loading');
    reads[0].recargas.next([recargaRow({ id: 1 })]);
    reads[0].inyecciones.next([]);
    expect(calc.state()).toBe('loading');
    expect(calc.figures()).toBeNull();
    expect(calc.error()).toBeNull();
  });

  it("sums the service's rows of the session, whatever the ledger holds", () => {
    // The ledger missed row 2 (a late commit) and holds row 9 the service does not have.
    ledger.recargas = [recargaRow({ id: 1 }), recargaRow({ id: 9, monto: 99900 as Cents })];
    ledger.inyecciones = [iny(1, 10000)];
    answer(
      0,
      [
        recargaRow({ id: 1 }),
        recargaRow({ id: 2, monto: 1050 as Cents }),
        recargaRow({ id: 3, idSesion: 2, monto: 5000 as Cents }),
      ],
      [iny(1, 10000)],
      41050,
    );
    const f = calc.figures()!;
    expect([f.resumen.recargas, f.resumen.montoRecargas, f.resumen.montoInyecciones]).toEqual([
      2, 3050, 10000,
    ]);
    expect(f.cuadre).toEqual({
      inicial: 50000 as Cents,
      ingresos: 3050 as Cents,
      egresos: 10000 as Cents,
      otros: -2000 as Cents,
      esperado: 41050 as Cents,
    });
    expect(f.discrepancias.map((d) => `${d.origen} ${d.tipo} #${d.id}`)).toEqual([
      'servicio recarga #2',
      'equipo recarga #9',
    ]);
    expect(f.discrepancias.find((d) => d.origen === 'equipo')?.monto).toBe(99900 as Cents);
  });

  it('a failed read offers a retry and no figures; the retry reads everything again', () => {
    reads[0].recargas.error(new ApiError(503, ['El servidor no está disponible (503).']));
    expect(calc.figures()).toBeNull();
    expect(calc.error()?.messages).toEqual(['El servidor no está disponible (503).']);
    calc.retry();
    expect(calc.state()).toBe('loading');
    expect(calc.error()).toBeNull();
    expect(reads.length).toBe(2);
    answer(1, [recargaRow({ id: 1 })], [], 52000);
    expect(calc.figures()?.cuadre.esperado).toBe(52000 as Cents);
  });

  it('a failed till cash read is an error too, never a sum with an old value', () => {
    reads[0].recargas.next([recargaRow({ id: 1 })]);
    reads[0].inyecciones.next([]);
    reads[0].cash.error(new ApiError(0, ['No hay conexión con el servidor.'], null, 'network'));
    expect(calc.figures()).toBeNull();
    expect(calc.error()?.status).toBe(0);
  });

  it('after destroy, a late answer changes nothing', () => {
    calc.destroy();
    answer(0, [recargaRow({ id: 1 })], [], 52000);
    expect(calc.state()).toBe('loading');
  });

  it('reads again when the till cash moved while the dialog is open, not for a sale elsewhere', () => {
    calc.destroy();
    const changes = new Subject<void>();
    let cash = 70000;
    let rows = [recargaRow({ id: 1 })];
    let readsOfRows = 0;
    calc = new CierreCalc(SESION_1, {
      recargas: () => {
        readsOfRows++;
        return of(rows);
      },
      inyecciones: () => of([]),
      tillCash: () => of(cash as Cents),
      ledger: () => ledger,
      changes,
    });
    expect(calc.figures()?.cuadre.esperado).toBe(70000 as Cents);
    changes.next(); // another cashier sold: this till's cash did not move
    expect(readsOfRows).toBe(1);
    // A sale of this session in another tab: the till has Bs 20 more, and its row.
    cash = 72000;
    rows = [recargaRow({ id: 2 }), recargaRow({ id: 1 })];
    changes.next();
    expect(readsOfRows).toBe(2);
    expect(calc.figures()?.cuadre.esperado).toBe(72000 as Cents);
    expect(calc.figures()?.resumen.recargas).toBe(2);
    calc.destroy();
    changes.next();
    expect(readsOfRows).toBe(2);
  });

  it('a change during a load is checked once the figures land; confirmed figures change no more', () => {
    calc.destroy();
    const changes = new Subject<void>();
    let cash = 70000;
    const rowReads: Subject<readonly RecargaCliente[]>[] = [];
    calc = new CierreCalc(SESION_1, {
      recargas: () => {
        rowReads.push(new Subject());
        return rowReads[rowReads.length - 1];
      },
      inyecciones: () => of([]),
      tillCash: () => of(cash as Cents),
      ledger: () => ledger,
      changes,
    });
    cash = 72000; // a sale of the session while its rows are read
    changes.next();
    expect(rowReads.length).toBe(1);
    rowReads[0].next([recargaRow({ id: 1 })]);
    // The figures landed with the older cash: checked again at once, and read again.
    expect(rowReads.length).toBe(2);
    expect(calc.figures()).toBeNull();
    rowReads[1].next([recargaRow({ id: 2 }), recargaRow({ id: 1 })]);
    expect(calc.figures()?.cuadre.esperado).toBe(72000 as Cents);
    calc.freeze(); // Confirmar: the dialog closes with these
    cash = 75000;
    changes.next();
    expect(rowReads.length).toBe(2);
    expect(calc.figures()?.cuadre.esperado).toBe(72000 as Cents);
  });
});
