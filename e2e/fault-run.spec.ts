import { Page } from '@playwright/test';
import { CAJERO, expect, login, test } from './fixtures';
import { fillTopup } from './helpers';
import { Fault, apiGet, mock } from './mock';

/** A small seeded PRNG (mulberry32) so a failing run can be replayed exactly. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Scenario =
  | 'none'
  | 'dropAfter'
  | 'dropBefore'
  | 'gateway'
  | 'unauthorized'
  | 'late'
  | 'unknownApplied'
  | 'unknownNotApplied';
const SCENARIOS: Scenario[] = [
  'none',
  'none',
  'none',
  'dropAfter',
  'dropBefore',
  'gateway',
  'unauthorized',
  'late',
  'unknownApplied',
  'unknownNotApplied',
];

interface Told {
  applied: boolean;
  id: number | null;
  operadora: string;
  cents: number;
}

async function injectFaults(page: Page, scenario: Scenario): Promise<void> {
  const post = 'POST /recargas/cliente';
  const faults: Record<Scenario, [string, Fault][]> = {
    none: [],
    dropAfter: [[post, 'dropAfterApply']],
    dropBefore: [[post, 'dropBeforeApply']],
    gateway: [[post, { status: 503 }]],
    unauthorized: [[post, 'unauthorized']],
    late: [[post, { delayMs: 1800 }]],
    unknownApplied: [
      [post, 'dropAfterApply'],
      ['GET /recargas/historial/clientes', { status: 503 }],
    ],
    unknownNotApplied: [
      [post, 'dropBeforeApply'],
      ['GET /recargas/historial/clientes', 'dropBeforeApply'],
    ],
  };
  for (const [pattern, fault] of faults[scenario]) await mock.fault(page, pattern, fault);
}

/** Reads what the screen told the cashier, resolving an unknown state with "Comprobar de nuevo". */
async function verdict(page: Page): Promise<{ applied: boolean; id: number | null }> {
  const done = page.getByRole('status').filter({ hasText: /Recarga (realizada|confirmada)/ });
  const notApplied = page.getByRole('alert').filter({ hasText: 'La recarga no se aplicó' });
  const unknown = page.getByRole('alert').filter({ hasText: 'Estado desconocido' });
  await expect(done.or(notApplied).or(unknown).first()).toBeVisible({ timeout: 10_000 });
  if (await unknown.isVisible()) {
    await unknown.getByRole('button', { name: 'Comprobar de nuevo' }).click();
    await expect(done.or(notApplied).first()).toBeVisible({ timeout: 10_000 });
  }
  if (await done.isVisible()) {
    const id = Number((await done.textContent())?.match(/transacción #(\d+)/)?.[1]);
    return { applied: true, id };
  }
  return { applied: false, id: null };
}

test('100 scripted top-ups with random faults: the history and balances match what the cashier was told', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const random = prng(20261126);
  await login(page, CAJERO);
  await mock.configure(page, { apiTimeoutMs: 1200 });
  const sesionId = Number(
    (await page.getByTestId('sesion-actual').textContent())?.match(/sesión (\d+)/)?.[1],
  );
  const saldosBefore = await apiGet<{ nombre_operadora: string; saldo_actual: string }[]>(
    page,
    '/recargas/operadoras/saldos',
  );
  const told: Told[] = [];

  for (let i = 0; i < 100; i++) {
    const operadora = random() < 0.5 ? 'Tigo' : 'Entel';
    const cents = 100 + Math.floor(random() * 400);
    // Each op its own number, so an unknown state of one never blocks the next.
    const numero = `7${String(1000000 + i * 7919).padStart(7, '0')}`;
    const scenario = SCENARIOS[Math.floor(random() * SCENARIOS.length)];
    await fillTopup(page, numero, operadora, (cents / 100).toFixed(2).replace('.', ','));
    await injectFaults(page, scenario);
    await page.getByRole('button', { name: 'Recargar' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    const v = await verdict(page);
    told.push({ ...v, operadora, cents });
    await mock.clearFaults(page);
  }

  const rows = await apiGet<
    { id: number; id_caja_sesion: number; operadora: string; monto: string }[]
  >(page, '/recargas/historial/clientes');
  const inSession = rows.filter((r) => r.id_caja_sesion === sesionId);
  const toldApplied = told.filter((t) => t.applied);
  // No duplicate: exactly one row per applied top-up, and each told id is one of them.
  expect(inSession.length).toBe(toldApplied.length);
  expect(new Set(toldApplied.map((t) => t.id))).toEqual(new Set(inSession.map((r) => r.id)));
  // Nothing lost or unreported: the pools moved by exactly what the cashier was told.
  const saldosAfter = await apiGet<{ nombre_operadora: string; saldo_actual: string }[]>(
    page,
    '/recargas/operadoras/saldos',
  );
  for (const op of ['Tigo', 'Entel']) {
    const before = Math.round(
      Number(saldosBefore.find((s) => s.nombre_operadora === op)?.saldo_actual) * 100,
    );
    const after = Math.round(
      Number(saldosAfter.find((s) => s.nombre_operadora === op)?.saldo_actual) * 100,
    );
    const sold = toldApplied.filter((t) => t.operadora === op).reduce((sum, t) => sum + t.cents, 0);
    expect(before - after, `${op} pool`).toBe(sold);
  }
  expect(told.filter((t) => !t.applied).length).toBeGreaterThan(0);
  console.log(
    `fault run: ${toldApplied.length} applied, ${told.length - toldApplied.length} not applied, 0 duplicates`,
  );
});
