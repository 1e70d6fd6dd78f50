// Baseline for takeTicket: node:http and `pg` running the same ticket transaction the API runs
// (create the line if missing, increment its counter, insert the ticket), with no GraphQL, ORM
// or auth. POST { communityId, openingId, offeringId, residentId, key }.
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

async function take({ communityId, openingId, offeringId, residentId, key }) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO queue_line (id, community_id, opening_id, offering_id, last_number, version)
       VALUES (gen_random_uuid(), $1, $2, $3, 0, 0) ON CONFLICT (opening_id, offering_id) DO NOTHING`,
      [communityId, openingId, offeringId],
    );
    const { rows: lines } = await client.query(
      `UPDATE queue_line SET last_number = last_number + 1, version = version + 1
        WHERE opening_id = $1 AND offering_id = $2 RETURNING id, last_number, version`,
      [openingId, offeringId],
    );
    const { rows } = await client.query(
      `INSERT INTO ticket (id, community_id, line_id, resident_id, number, status, idempotency_key, created_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, 'WAITING', $5, now()) RETURNING id, number`,
      [communityId, lines[0].id, residentId, lines[0].last_number, key],
    );
    await client.query('COMMIT');
    return rows[0];
  } catch (err) {
    await client.query('ROLLBACK');
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
    take(input).then(
      (ticket) => send(200, { data: { takeTicket: ticket } }),
      (err) => send(500, { error: String(err?.message ?? err) }),
    );
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
});
