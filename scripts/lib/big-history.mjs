// A busy shop's history in the real service's row shape (GET /recargas/historial/clientes:
// newest first, every row embedding its whole session, money as decimal strings), generated
// in Node so that the page under test spends nothing on producing it: ~640 bytes a row,
// 100,000 rows ~ 64 MB, like the service measured in api-contract.md. Deterministic.

const ROWS_PER_SESSION = 500;
const OPERADORAS = ['Tigo', 'Tigo', 'Tigo', 'Entel', 'Entel', 'Viva'];
const MONTOS = ['10.00', '10.00', '15.00', '20.00', '20.00', '30.00', '50.00', '12.50'];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const audit = (user, at) =>
  `"estado":true,"id_user_create":${user},"id_user_update":null,"created_at":"${at}","updated_at":"${at}"`;

/** Session 1 is the open one of sesion-activa-open.json (cashier 3, Caja 01); older ones closed. */
function sesion(id, opened) {
  const at = new Date(opened).toISOString();
  const closed = id === 1 ? null : new Date(opened + 8 * 3_600_000).toISOString();
  return (
    `{${audit(3, at)},"id":${id},"monto_inicial":"500.00",` +
    (closed
      ? `"monto_final_teorico":"500.00","monto_final_real":"500.00","diferencia":"0.00","estado_sesion":"CERRADA",`
      : `"monto_final_teorico":null,"monto_final_real":null,"diferencia":null,"estado_sesion":"ABIERTA",`) +
    `"fecha_apertura":"${at}","fecha_cierre":${closed ? `"${closed}"` : 'null'},"id_caja":1,"id_usuario":3}`
  );
}

/** The top-up history with `n` rows, as the bytes the service would send. */
export function recargasHistory(n, now = Date.UTC(2026, 10, 29, 15)) {
  const random = rng(n);
  const parts = [];
  let sesionJson = '';
  for (let i = 0; i < n; i++) {
    const at = now - i * 60_000;
    if (i % ROWS_PER_SESSION === 0) sesionJson = sesion(i / ROWS_PER_SESSION + 1, at - 3_600_000);
    const iso = new Date(at).toISOString();
    const numero = `${random() < 0.7 ? 7 : 6}${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
    const op = OPERADORAS[Math.floor(random() * OPERADORAS.length)];
    const monto = MONTOS[Math.floor(random() * MONTOS.length)];
    const idSesion = Math.floor(i / ROWS_PER_SESSION) + 1;
    parts.push(
      `{${audit(3, iso)},"id":${n - i},"operadora":"${op}","numero_cliente":"${numero}",` +
        `"monto":"${monto}","fecha_hora":"${iso}","caja_sesion":${sesionJson},"id_caja_sesion":${idSesion}}`,
    );
  }
  return Buffer.from(`[${parts.join(',')}]`);
}
