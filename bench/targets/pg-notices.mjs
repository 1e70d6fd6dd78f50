// Baseline: the notices request without GraphQL or an ORM — node:http and `pg` running the same
// statements the API runs (device token lookup, current notices, their buildings), answering
// the same JSON shape. `api notices / pg notices` is the cost of the stack above the SQL.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

async function notices(token) {
  const hash = createHash('sha256').update(token).digest('hex');
  const { rows: devices } = await pool.query('SELECT id, community_id, revoked_at FROM device WHERE token_hash = $1', [
    hash,
  ]);
  const device = devices[0];
  if (!device || device.revoked_at) return null;
  const { rows } = await pool.query(
    `SELECT id, title, body, category, published_at, expires_at FROM notice
      WHERE community_id = $1 AND (expires_at IS NULL OR expires_at > now())
      ORDER BY published_at DESC, id DESC LIMIT 20`,
    [device.community_id],
  );
  const { rows: links } = await pool.query(
    `SELECT nb.notice_id, b.number, b.name FROM notice_building nb JOIN building b ON b.id = nb.building_id
      WHERE nb.notice_id = ANY($1) ORDER BY b.number`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    body: r.body,
    category: r.category,
    publishedAt: r.published_at.toISOString(),
    buildings: links.filter((l) => l.notice_id === r.id).map((l) => ({ number: l.number, name: l.name })),
  }));
}

function send(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const token = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return send(res, 401, { errors: [{ message: 'no token' }] });
    notices(token).then(
      (list) =>
        list ? send(res, 200, { data: { notices: list } }) : send(res, 401, { errors: [{ message: 'bad token' }] }),
      (err) => send(res, 500, { errors: [{ message: String(err?.message ?? err) }] }),
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
});
