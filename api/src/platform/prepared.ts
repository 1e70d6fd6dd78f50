import type { EntityManager } from '@mikro-orm/postgresql';

type Row = Record<string, unknown>;

export interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>;
}

interface PoolClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void> | void;
}

/**
 * Runs one of the hottest statements as a named prepared statement, outside any transaction
 * (one statement is its own transaction). PostgreSQL parses and plans it once per connection
 * instead of on every request, and the values travel as parameters ($1, $2 …) instead of being
 * quoted into the text. For the few statements on the kiosk's busiest paths (see
 * bench/corner.mjs); everything else goes through the ORM's connection as usual.
 */
export async function runPrepared(
  em: EntityManager,
  name: string,
  text: string,
  values: unknown[],
  /** Where to take the connection from, when not the pool's own `acquireConnection`. */
  acquire?: () => Promise<PgClient>,
): Promise<Row[]> {
  const pool = em.getConnection().getKnex().client as PoolClient;
  const client = await (acquire ?? (() => pool.acquireConnection()))();
  try {
    return (await client.query({ name, text, values })).rows;
  } finally {
    await pool.releaseConnection(client);
  }
}
