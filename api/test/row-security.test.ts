import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { StaffRole } from '../src/modules/staff/index.js';
import { ormConfig } from '../src/platform/database.js';
import { entities } from '../src/modules.js';
import { startEmbeddedPostgres } from '../src/platform/embedded-postgres.js';
import { createLogger } from '../src/platform/logger.js';
import {
  APP_ROLE,
  appRoleUrl,
  communitySwitches,
  openAppDatabase,
  withCommunity,
} from '../src/platform/row-security.js';
import { DEMO } from '../src/seed/demo-seed.js';
import { startApp } from '../src/server.js';
import { freePort } from './free-port.js';
import { SIGN_IN_STAFF, TestApp, newDatabase } from './harness.js';

/** Tables that belong to no community: no row-level security. */
const PLATFORM_TABLES = ['job_schedule_tick', 'mikro_orm_migrations', 'rate_limit'];
/**
 * Tables of no community that no community may see either (the street office's operators and
 * their sessions): row-level security shows them only to a connection with no community set.
 */
const GLOBAL_TABLES = ['operator_session', 'operator_user'];
const GLOBAL_POLICY = '(linli_current_community() IS NULL)';
/** Tables without a community of their own, whose rows follow their parents'. */
const LINK_TABLES = ['desk_offerings', 'notice_building'];
const TENANT_POLICY = '(community_id = linli_current_community())';
const DEFINER_FUNCTIONS = [
  // The trigger that moves a ledger balance (linli_app may not UPDATE ledger_account).
  'ledger_entry_apply',
  'linli_device_by_pairing_code',
  'linli_device_principal',
  'linli_job_communities',
  'linli_office_communities',
  'linli_operator_principal',
  'linli_staff_by_username',
  'linli_staff_principal',
  'linli_ticket_by_follow_token',
];

type Row = Record<string, unknown>;

async function query<T extends Row = Row>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('row-level security: the schema', () => {
  let url: string;
  beforeAll(async () => {
    url = await newDatabase();
  });

  // A new module's table fails here until its migration gives it row-level security.
  it('forces a community policy on every table but the platform ones', async () => {
    const tables = await query<{
      name: string;
      enabled: boolean;
      forced: boolean;
      has_community: boolean;
      policy: string | null;
      command: string | null;
      for_everyone: boolean | null;
      using: string | null;
      check: string | null;
    }>(
      url,
      `SELECT c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
              EXISTS (SELECT 1 FROM pg_attribute a
                       WHERE a.attrelid = c.oid AND a.attname = 'community_id' AND NOT a.attisdropped) AS has_community,
              p.polname AS policy, p.polcmd AS command, p.polroles = '{0}' AS for_everyone,
              pg_get_expr(p.polqual, c.oid) AS using, pg_get_expr(p.polwithcheck, c.oid) AS check
         FROM pg_class c LEFT JOIN pg_policy p ON p.polrelid = c.oid
                     AND p.polname = CASE WHEN c.relname IN (${GLOBAL_TABLES.map((g) => `'${g}'`).join(', ')})
                                          THEN 'linli_global' ELSE 'linli_community' END
        WHERE c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace
        ORDER BY 1`,
    );
    expect(tables.length).toBeGreaterThan(PLATFORM_TABLES.length + LINK_TABLES.length);
    const problems: string[] = [];
    for (const t of tables) {
      if (PLATFORM_TABLES.includes(t.name)) {
        if (t.has_community) problems.push(`${t.name}: a platform table with a community_id`);
        continue;
      }
      if (!t.enabled) problems.push(`${t.name}: row-level security not enabled`);
      if (!t.forced) problems.push(`${t.name}: row-level security not forced`);
      if (GLOBAL_TABLES.includes(t.name)) {
        if (t.has_community) problems.push(`${t.name}: a global table with a community_id`);
        if (!t.policy) problems.push(`${t.name}: no linli_global policy`);
        else if (t.using !== GLOBAL_POLICY || t.check !== GLOBAL_POLICY)
          problems.push(`${t.name}: linli_global USING ${t.using} WITH CHECK ${t.check}`);
        continue;
      }
      if (!t.policy) {
        problems.push(`${t.name}: no linli_community policy`);
        continue;
      }
      if (t.command !== '*' || !t.for_everyone) problems.push(`${t.name}: the policy is not FOR ALL TO PUBLIC`);
      const expected = t.name === 'community' ? '(id = linli_current_community())' : TENANT_POLICY;
      if (t.has_community || t.name === 'community') {
        if (t.using !== expected) problems.push(`${t.name}: USING ${t.using}`);
        if (t.check !== expected) problems.push(`${t.name}: WITH CHECK ${t.check}`);
      } else if (!LINK_TABLES.includes(t.name)) {
        problems.push(`${t.name}: no community_id, and not a known link table`);
      } else if (!t.using || !t.check) {
        problems.push(`${t.name}: a policy without USING or WITH CHECK`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('crosses communities only through definer functions the API alone may call', async () => {
    const functions = await query<{
      name: string;
      config: string[] | null;
      owner: string;
      app_may: boolean;
      public_may: boolean;
    }>(
      url,
      `SELECT p.proname AS name, p.proconfig AS config, pg_get_userbyid(p.proowner) AS owner,
              has_function_privilege('${APP_ROLE}', p.oid, 'EXECUTE') AS app_may,
              p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a WHERE a.grantee = 0) AS public_may
         FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef ORDER BY 1`,
    );
    expect(functions.map((f) => f.name)).toEqual(DEFINER_FUNCTIONS);
    for (const f of functions) {
      expect(f, f.name).toMatchObject({ app_may: true, public_may: false, config: ['search_path=public, pg_temp'] });
      expect(f.owner).not.toBe(APP_ROLE);
    }
  });
});

/** A community with a row in every tenant and link table. */
async function communityWithEveryTable(t: TestApp) {
  const { community, buildings } = await t.newCommunity(undefined, 1);
  const c = community.id;
  const { resident } = await t.newResident(buildings[0]);
  await t.newDevice(c);
  const admin = await t.newStaff(c, StaffRole.ADMIN); // and its sign-in session
  const id = async (sql: string, params: unknown[]) => (await t.sql<{ id: string }>(sql, params))[0].id;
  await t.sql(
    `INSERT INTO audit_entry (id, community_id, action, actor_staff_id, resident_id)
     VALUES (gen_random_uuid(), ?, 'RESIDENT_VIEWED', ?, ?)`,
    [c, admin.user.id, resident.id],
  );
  const notice = await id(
    `INSERT INTO notice (id, community_id, category, title, body, published_at)
     VALUES (gen_random_uuid(), ?, 'PROPERTY', 'n', 'n', now()) RETURNING id`,
    [c],
  );
  await t.sql('INSERT INTO notice_building (notice_id, building_id) VALUES (?, ?)', [notice, buildings[0].id]);
  const service = await id(
    `INSERT INTO offering (id, community_id, letter, name) VALUES (gen_random_uuid(), ?, 'A', 's') RETURNING id`,
    [c],
  );
  const session = await id(
    `INSERT INTO opening (id, community_id, starts_at, ends_at)
     VALUES (gen_random_uuid(), ?, now() - interval '1 hour', now() + interval '1 hour') RETURNING id`,
    [c],
  );
  const line = await id(
    `INSERT INTO queue_line (id, community_id, opening_id, offering_id, last_number, version)
     VALUES (gen_random_uuid(), ?, ?, ?, 1, 1) RETURNING id`,
    [c, session, service],
  );
  const ticket = await id(
    `INSERT INTO ticket (id, community_id, line_id, resident_id, number, idempotency_key, created_at)
     VALUES (gen_random_uuid(), ?, ?, ?, 1, 'k', now()) RETURNING id`,
    [c, line, resident.id],
  );
  await t.sql(
    `INSERT INTO booking (id, community_id, line_id, resident_id, idempotency_key, created_at)
     VALUES (gen_random_uuid(), ?, ?, ?, 'k', now())`,
    [c, line, resident.id],
  );
  const counter = await id(
    `INSERT INTO desk (id, community_id, name) VALUES (gen_random_uuid(), ?, 'c1') RETURNING id`,
    [c],
  );
  await t.sql('INSERT INTO desk_offerings (desk_id, offering_id) VALUES (?, ?)', [counter, service]);
  const order = await id(
    `INSERT INTO work_order (id, community_id, resident_id, description, owner, due_date, created_at)
     VALUES (gen_random_uuid(), ?, ?, 'd', 'o', current_date, now()) RETURNING id`,
    [c, resident.id],
  );
  await t.sql(
    `INSERT INTO work_order_note (id, community_id, work_order_id, text, created_at)
     VALUES (gen_random_uuid(), ?, ?, 't', now())`,
    [c, order],
  );
  // Points: a rule, settings, an account with a credit and a redemption's debit, a reward and its
  // picture, the voucher, a volunteer shift, a star and an opt-out.
  await t.sql(
    `INSERT INTO points_rule (id, community_id, reason, points, effective_from) VALUES (gen_random_uuid(), ?, 'MEETING_ATTENDED', 10, '2026-01-01')`,
    [c],
  );
  await t.sql('INSERT INTO points_setting (community_id) VALUES (?)', [c]);
  const account = await id(
    `INSERT INTO ledger_account (id, community_id, kind, resident_id) VALUES (gen_random_uuid(), ?, 'POINTS', ?) RETURNING id`,
    [c, resident.id],
  );
  await t.sql(
    `INSERT INTO ledger_entry (id, community_id, account_id, amount, balance_after, reason, idempotency_key)
     VALUES (gen_random_uuid(), ?, ?, 10, 0, 'MANUAL_AWARD', 'credit')`,
    [c, account],
  );
  const debit = await id(
    `INSERT INTO ledger_entry (id, community_id, account_id, amount, balance_after, reason, idempotency_key)
     VALUES (gen_random_uuid(), ?, ?, -5, 0, 'REWARD_REDEEMED', 'debit') RETURNING id`,
    [c, account],
  );
  const picture = await id(
    `INSERT INTO reward_picture (id, community_id, content_type, bytes) VALUES (gen_random_uuid(), ?, 'image/png', '\\x00') RETURNING id`,
    [c],
  );
  const reward = await id(
    `INSERT INTO reward (id, community_id, kind, name, cost, stock, picture_id) VALUES (gen_random_uuid(), ?, 'GOODS', 'r', 5, 1, ?) RETURNING id`,
    [c, picture],
  );
  await t.sql(
    `INSERT INTO voucher (id, community_id, code, resident_id, reward_id, reward_name, cost, expires_at, idempotency_key, debit_entry_id)
     VALUES (gen_random_uuid(), ?, ?, ?, ?, 'r', 5, now() + interval '1 day', 'k', ?)`,
    [c, `V${c.slice(0, 7)}`, resident.id, reward, debit],
  );
  await t.sql(
    `INSERT INTO volunteer_shift (id, community_id, resident_id, worked_on, activity, minutes, verified_by, recorded_by)
     VALUES (gen_random_uuid(), ?, ?, current_date, 'a', 60, 'v', ?)`,
    [c, resident.id, admin.user.id],
  );
  await t.sql(
    `INSERT INTO governance_star (id, community_id, quarter, resident_id, rank, points, confirmed_by)
     VALUES (gen_random_uuid(), ?, '2026-Q3', ?, 1, 10, ?)`,
    [c, resident.id, admin.user.id],
  );
  await t.sql('INSERT INTO star_opt_out (resident_id, community_id) VALUES (?, ?)', [resident.id, c]);
  // Deliberation: a party, a matter with its counter, a suggestion and a line of its file, a
  // closed round, the settings.
  const party = await id(
    `INSERT INTO party (id, community_id, name, kind) VALUES (gen_random_uuid(), ?, 'p', 'PROPERTY') RETURNING id`,
    [c],
  );
  const matter = await id(
    `INSERT INTO matter (id, community_id, ref, round, title, category, owner_party_id)
     VALUES (gen_random_uuid(), ?, '2612-001', '2026-12', 't', 'ELDERLY', ?) RETURNING id`,
    [c, party],
  );
  await t.sql(`INSERT INTO matter_counter (community_id, round, last) VALUES (?, '2026-12', 1)`, [c]);
  await t.sql(
    `INSERT INTO suggestion (id, community_id, matter_id, resident_id, title, details, category, source, round, idempotency_key)
     VALUES (gen_random_uuid(), ?, ?, ?, 't', '', 'ELDERLY', 'KIOSK', '2026-12', 'k')`,
    [c, matter, resident.id],
  );
  await t.sql(
    `INSERT INTO matter_event (id, community_id, matter_id, kind, public) VALUES (gen_random_uuid(), ?, ?, 'SUBMITTED', true)`,
    [c, matter],
  );
  await t.sql(`INSERT INTO deliberation_round (community_id, round) VALUES (?, '2026-11')`, [c]);
  await t.sql('INSERT INTO deliberation_setting (community_id) VALUES (?)', [c]);
  // Meetings: a council seat, a live meeting with an item discussed, a vote, an action, an invitee, an attendance.
  await t.sql(
    `INSERT INTO council_member (id, community_id, resident_id, role, since) VALUES (gen_random_uuid(), ?, ?, 'CHAIR', current_date)`,
    [c, resident.id],
  );
  const meeting = await id(
    `INSERT INTO meeting (id, community_id, kind, title, day, planned_day, status, started_at)
     VALUES (gen_random_uuid(), ?, 'OTHER', 'm', current_date, current_date, 'LIVE', now()) RETURNING id`,
    [c],
  );
  const item = await id(
    `INSERT INTO agenda_item (id, community_id, meeting_id, position, title, status) VALUES (gen_random_uuid(), ?, ?, 1, 'i', 'DONE') RETURNING id`,
    [c, meeting],
  );
  await t.sql(
    `INSERT INTO meeting_vote (id, community_id, meeting_id, item_id, question, votes_for, votes_against, votes_abstain, present, quorum_met, carried, recorded_by)
     VALUES (gen_random_uuid(), ?, ?, ?, 'q', 1, 0, 0, 1, true, true, ?)`,
    [c, meeting, item, admin.user.id],
  );
  await t.sql(
    `INSERT INTO meeting_action (id, community_id, meeting_id, item_id, what, owner_name, recorded_by)
     VALUES (gen_random_uuid(), ?, ?, ?, 'w', 'o', ?)`,
    [c, meeting, item, admin.user.id],
  );
  await t.sql(
    `INSERT INTO meeting_invitee (id, community_id, meeting_id, resident_id) VALUES (gen_random_uuid(), ?, ?, ?)`,
    [c, meeting, resident.id],
  );
  await t.sql(
    `INSERT INTO meeting_attendance (id, community_id, meeting_id, resident_id, via) VALUES (gen_random_uuid(), ?, ?, ?, 'KIOSK')`,
    [c, meeting, resident.id],
  );
  return { id: c, building: buildings[0].id, notice, line, resident: resident.id, ticket };
}

describe('row-level security: the running API', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof communityWithEveryTable>>;
  let b: Awaited<ReturnType<typeof communityWithEveryTable>>;
  let tables: string[];
  /** Raw SQL through the API's own pool, as linli_app, as the community in scope (if any). */
  const runtime = <T = Row>(sql: string, params: unknown[] = []) =>
    t.app.orm.em.getConnection().execute<T[]>(sql, params);

  beforeAll(async () => {
    t = await TestApp.start();
    a = await communityWithEveryTable(t);
    b = await communityWithEveryTable(t);
    tables = (
      await t.sql<{ name: string }>(
        `SELECT relname AS name FROM pg_class
          WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND relname NOT IN (?) ORDER BY 1`,
        [[...PLATFORM_TABLES, ...GLOBAL_TABLES]],
      )
    ).map((r) => r.name);
  });
  afterAll(() => t.stop());

  it('connects as a role that is no superuser, cannot bypass row-level security and owns nothing', async () => {
    const [me] = await runtime(
      `SELECT current_user AS name, r.rolsuper, r.rolbypassrls, r.rolcreatedb, r.rolcreaterole,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owns
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(me).toEqual({
      name: APP_ROLE,
      rolsuper: false,
      rolbypassrls: false,
      rolcreatedb: false,
      rolcreaterole: false,
      owns: 0,
    });
    await expect(runtime('SELECT * FROM mikro_orm_migrations')).rejects.toMatchObject({ code: '42501' });
  });

  it('sees no row of any tenant table with no community set, though every one has rows', async () => {
    for (const table of tables) {
      const [{ n: all }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(all, `${table} has rows`).toBeGreaterThan(0);
      const [{ n: seen }] = await runtime<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(seen, table).toBe(0);
    }
  });

  it("shows the street office's tables with no community set, and to no community", async () => {
    await t.sql(
      `INSERT INTO operator_user (id, username, display_name, password_hash, created_at)
       VALUES (gen_random_uuid(), 'op-' || gen_random_uuid(), 'op', 'x', now())`,
    );
    await t.sql(
      `INSERT INTO operator_session (id, operator_id, token_hash, created_at, last_seen_at, expires_at)
       SELECT gen_random_uuid(), id, 'h-' || gen_random_uuid(), now(), now(), now() + interval '1 hour'
         FROM operator_user LIMIT 1`,
    );
    for (const table of GLOBAL_TABLES) {
      const [{ n: none }] = await runtime<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(none, `${table} with no community`).toBeGreaterThan(0);
      const [{ n: seen }] = await withCommunity(a.id, () =>
        runtime<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`),
      );
      expect(seen, `${table} as community A`).toBe(0);
    }
    await withCommunity(a.id, async () => {
      await expect(
        runtime(
          `INSERT INTO operator_user (id, username, display_name, password_hash, created_at)
           VALUES (gen_random_uuid(), 'sneaky', 'x', 'x', now())`,
        ),
      ).rejects.toMatchObject({ code: '42501' });
    });
  });

  it("answers raw SQL without a community condition with community A's rows only", async () => {
    const rows = await withCommunity(a.id, () => runtime<{ id: string; community_id: string }>('SELECT * FROM ticket'));
    expect(rows.map((r) => r.id)).toEqual([a.ticket]);
    for (const table of tables) {
      const [{ n: seen }] = await withCommunity(a.id, () =>
        runtime<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`),
      );
      if (LINK_TABLES.includes(table) || table === 'community') {
        expect(seen, table).toBe(1); // A's one (a link follows its parent rows)
        continue;
      }
      const [{ n: mine }] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table} WHERE community_id = ?`,
        [a.id],
      );
      expect(seen, table).toBe(mine);
    }
  });

  it("refuses to write another community's rows while A is set", async () => {
    await withCommunity(a.id, async () => {
      // An INSERT for B: refused by the policy's WITH CHECK.
      await expect(
        runtime(
          `INSERT INTO ticket (id, community_id, line_id, resident_id, number, idempotency_key, created_at)
           VALUES (gen_random_uuid(), ?, ?, ?, 2, 'k2', now())`,
          [b.id, b.line, b.resident],
        ),
      ).rejects.toMatchObject({ code: '42501' });
      // Moving one of A's rows to B: refused too.
      await expect(runtime('UPDATE ticket SET community_id = ? WHERE id = ?', [b.id, a.ticket])).rejects.toMatchObject({
        code: '42501',
      });
      // Linking A's notice to B's building: the link's WITH CHECK wants both ends visible.
      await expect(
        runtime('INSERT INTO notice_building (notice_id, building_id) VALUES (?, ?)', [a.notice, b.building]),
      ).rejects.toMatchObject({ code: '42501' });
      // B's rows cannot be changed or deleted: they are not there.
      expect(await runtime("UPDATE ticket SET status = 'CANCELLED' WHERE id = ? RETURNING id", [b.ticket])).toEqual([]);
      expect(await runtime('DELETE FROM resident WHERE id = ? RETURNING id', [b.resident])).toEqual([]);
    });
    const [ticket] = await t.sql('SELECT community_id, status FROM ticket WHERE id = ?', [b.ticket]);
    expect(ticket).toEqual({ community_id: b.id, status: 'WAITING' });
    expect(await t.sql('SELECT id FROM resident WHERE id = ?', [b.resident])).toHaveLength(1);
  });

  it('keeps interleaved work of several communities apart on one pool', async () => {
    const scopes = [a.id, b.id, null];
    const results = await Promise.all(
      Array.from({ length: 120 }, async (_, i) => {
        const community = scopes[i % scopes.length];
        const rows = await withCommunity(community, async () => {
          // A transaction (BEGIN on a connection taken in this scope) and a plain statement.
          if (i % 2) return t.app.orm.em.fork().transactional((em) => em.execute('SELECT community_id FROM ticket'));
          return runtime('SELECT community_id FROM ticket');
        });
        return { community, seen: rows.map((r) => r.community_id) };
      }),
    );
    for (const { community, seen } of results) expect(seen).toEqual(community ? [community] : []);
  });

  it("sets a connection only when the community changes: a community's requests in a row add no statement", async () => {
    const kioskOfA = await t.newDevice(a.id);
    const kioskOfB = await t.newDevice(b.id);
    const viewer = (token: string) =>
      t.gql<{ viewer: { device: { id: string } } }>('{ viewer { device { id } } }', {}, { token });
    // Every pooled connection these use ends up set to A (the principal look-up leaves it as it is).
    for (let i = 0; i < 60; i++) await viewer(kioskOfA.token);
    const before = communitySwitches(t.app.orm);
    for (let i = 0; i < 20; i++) expect((await viewer(kioskOfA.token)).data?.viewer.device.id).toBe(kioskOfA.device.id);
    expect(communitySwitches(t.app.orm)).toBe(before);
    expect((await viewer(kioskOfB.token)).data?.viewer.device.id).toBe(kioskOfB.device.id);
    expect(communitySwitches(t.app.orm)).toBeGreaterThan(before);
  });

  it('leaves no stale community on a connection whose transaction rolled back', async () => {
    // One connection, to see what it carries from one use to the next.
    const orm = await openAppDatabase(
      ormConfig({ entities, url: appRoleUrl(t.databaseUrl), log: createLogger('silent'), poolMax: 1 }),
    );
    try {
      type Conn = pg.Client;
      const pool = orm.em.getConnection().getKnex().client as {
        acquireConnection(): Promise<Conn>;
        releaseConnection(c: Conn): Promise<void>;
      };
      const setting = async () => {
        const c = await pool.acquireConnection();
        try {
          return (await c.query<{ v: string | null }>("SELECT current_setting('linli.community_id', true) AS v"))
            .rows[0].v;
        } finally {
          await pool.releaseConnection(c);
        }
      };
      expect(await withCommunity(a.id, setting)).toBe(a.id);
      expect(await setting()).toBe('');
      // A connection handed back inside a transaction block (a bug elsewhere): set to B inside
      // it, then rolled back to A. It must not count as B's afterwards.
      await withCommunity(a.id, async () => {
        const c = await pool.acquireConnection();
        await c.query('BEGIN');
        await pool.releaseConnection(c);
      });
      await withCommunity(b.id, async () => {
        const c = await pool.acquireConnection();
        await c.query('ROLLBACK');
        await pool.releaseConnection(c);
      });
      expect(await withCommunity(b.id, setting)).toBe(b.id);
      // An ordinary rolled-back transaction: the setting was made before it began.
      await withCommunity(a.id, () =>
        orm.em
          .fork()
          .transactional(async (em) => {
            await em.execute('SELECT 1');
            throw new Error('roll back');
          })
          .catch(() => undefined),
      );
      expect(await withCommunity(a.id, setting)).toBe(a.id);
    } finally {
      await orm.close();
    }
  });

  it('logs in as linli_app itself when DATABASE_APP_URL is set', async () => {
    const appUrl = new URL(inject('pgAppUrl'));
    appUrl.pathname = new URL(t.databaseUrl).pathname;
    const second = await TestApp.start({ databaseUrl: t.databaseUrl, config: { databaseAppUrl: appUrl.toString() } });
    try {
      const [me] = await second.app.orm.em
        .getConnection()
        .execute<Row[]>('SELECT session_user AS login, current_user AS role');
      expect(me).toEqual({ login: APP_ROLE, role: APP_ROLE });
      const admin = await second.newStaff(a.id, StaffRole.ADMIN);
      const res = await second.gql<{ notices: Array<{ id: string }> }>(
        '{ notices { id } }',
        {},
        { token: admin.token },
      );
      expect(res.data?.notices).toEqual([{ id: a.notice }]);
    } finally {
      await second.stop();
    }
  });
});

describe('row-level security: a DATABASE_URL whose login is no superuser', () => {
  const admin = inject('pgAdminUrl');
  const role = `owner_${randomBytes(4).toString('hex')}`;
  const database = `o_${randomBytes(4).toString('hex')}`;
  let dataDir = '';
  afterAll(async () => {
    await query(admin, `DROP DATABASE IF EXISTS ${database}`).catch(() => undefined);
    await query(admin, `DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses to serve until granted linli_app, then migrates, seeds and serves as linli_app', async () => {
    await query(admin, `CREATE ROLE ${role} LOGIN PASSWORD 'owner-pw' NOSUPERUSER`);
    await query(admin, `CREATE DATABASE ${database} OWNER ${role} TEMPLATE template0`);
    const url = new URL(admin);
    url.username = role;
    url.password = 'owner-pw';
    url.pathname = `/${database}`;
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'linli-owner-'));
    const start = () =>
      startApp({
        config: {
          databaseUrl: url.toString(),
          dataDir,
          port: 0,
          host: '127.0.0.1',
          seedDemo: true,
          serveApps: false,
          env: 'test',
          logLevel: 'silent',
        },
      });
    // Migrated and seeded as the owner, but the runtime may not act as linli_app yet.
    await expect(start()).rejects.toThrow(`GRANT ${APP_ROLE} TO`);
    // The documented one-line grant.
    await query(admin, `GRANT ${APP_ROLE} TO ${role}`);
    const app = await start();
    try {
      const [me] = await app.orm.em
        .getConnection()
        .execute<Row[]>('SELECT session_user AS login, current_user AS role');
      expect(me).toEqual({ login: role, role: APP_ROLE });
      // The owner is held by the forced policies too, and passes them by its own policy.
      const [{ n }] = await query<{ n: number }>(url.toString(), 'SELECT count(*)::int AS n FROM resident');
      expect(n).toBeGreaterThan(0);
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: SIGN_IN_STAFF,
          variables: { c: DEMO.communityCode, u: DEMO.staff[0].username, p: DEMO.staff[0].password },
        }),
      });
      const body = (await res.json()) as { data?: { signInStaff: { token: string } } };
      expect(body.data?.signInStaff.token).toBeTruthy();
    } finally {
      await app.stop();
    }
  });
});

describe('row-level security: the embedded set-up', () => {
  it('gives linli_app a login whose password is kept in a 0600 file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'linli-embedded-'));
    await chmod(dir, 0o711); // the server (user postgres, when we are root) passes through
    const db = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), log: createLogger('silent') });
    try {
      expect((await stat(path.join(dir, 'pg-app-secret'))).mode & 0o777).toBe(0o600);
      const [me] = await query(
        db.appUrl,
        'SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
      );
      expect(me).toEqual({ name: APP_ROLE, rolsuper: false, rolbypassrls: false });
    } finally {
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
