// Baseline for redeemReward (bench/points.mjs): node:http and `pg` running a bare guarded debit on
// one hot balance — BEGIN; UPDATE … SET balance = balance − n WHERE … AND balance >= n; INSERT the
// entry; COMMIT — on the bench's own table pair (bench_account, bench_entry), with no GraphQL,
// ORM, auth, stock or voucher. POST { amount } → { balance } (409 when the balance does not cover it).
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
// BENCH_BASELINE_NOTIFY=1: the entry's insert also sends a NOTIFY, as the API's postings do (a diagnostic).
const NOTIFY = process.env.BENCH_BASELINE_NOTIFY === '1';

async function debit(amount) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(
      'UPDATE bench_account SET balance = balance - $1 WHERE id = 1 AND balance >= $1 RETURNING balance',
      [amount],
    );
    if (!rows.length) {
      await client.query('ROLLBACK');
      return null;
    }
    await client.query(
      NOTIFY
        ? `WITH e AS (INSERT INTO bench_entry (account_id, amount, balance_after) VALUES (1, $1, $2) RETURNING id)
           SELECT pg_notify('linli_bench', json_build_object('entryId', e.id, 'balance', $2::bigint)::text) FROM e`
        : 'INSERT INTO bench_entry (account_id, amount, balance_after) VALUES (1, $1, $2)',
      [-amount, rows[0].balance],
    );
    await client.query('COMMIT');
    return Number(rows[0].balance);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const send = (status, payload) => {
      const body = JSON.stringify(payload);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    if (req.method === 'GET') return send(200, { ok: true }); // readiness probe
    let input;
    try {
      input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(400, { error: 'bad json' });
    }
    debit(Number(input.amount)).then(
      (balance) => (balance === null ? send(409, { error: 'not enough' }) : send(200, { data: { balance } })),
      (err) => send(500, { error: String(err?.message ?? err) }),
    );
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
});
