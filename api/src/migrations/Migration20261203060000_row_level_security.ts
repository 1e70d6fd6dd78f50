import { Migration } from '@mikro-orm/migrations';

/**
 * Row-level security under the ORM's tenant filter (see platform/row-security.ts).
 *
 * - `linli_app`, the role the running API uses: no superuser, no BYPASSRLS, owns nothing; it
 *   reads and writes rows, nothing else. The role that runs this migration owns everything.
 * - Every tenant table (and `community` by its id) has row-level security, forced (the owner is
 *   subject to it too), with one policy: a row is visible and writable only while the session's
 *   `linli.community_id` names its community. Nothing set → nothing visible.
 * - The two link tables, which carry no community of their own, follow their parent rows.
 * - The few look-ups that must cross communities before the caller's community is known are
 *   SECURITY DEFINER functions, each returning only what its look-up needs.
 *
 * A later migration adding a tenant table adds its own `enable`/`force`/`linli_community` policy
 * the same way (test/row-security.test.ts fails until it does). `rate_limit` and the migrations
 * table belong to no community and stay as they are.
 */
const TENANT_TABLES = [
  'building',
  'device',
  'resident',
  'staff_user',
  'session',
  'notice',
  'corner_service',
  'corner_session',
  'queue_line',
  'ticket',
  'booking',
  'corner_counter',
  'work_order',
  'work_order_note',
] as const;

/** Link tables and the parent rows they follow: visible with the first, writable with both. */
const LINK_TABLES = {
  notice_building: [
    ['notice', 'notice_id'],
    ['building', 'building_id'],
  ],
  corner_counter_services: [
    ['corner_counter', 'corner_counter_id'],
    ['corner_service', 'corner_service_id'],
  ],
} as const;

const ALL_PROTECTED = ['community', ...TENANT_TABLES, ...Object.keys(LINK_TABLES)];

export class Migration20261203060000_row_level_security extends Migration {
  override async up(): Promise<void> {
    // The runtime role, if a previous database on this server has not made it already. A role
    // with CREATEROLE (or a superuser) runs this; otherwise an administrator creates it first.
    this.addSql(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'linli_app') THEN
        CREATE ROLE linli_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- made meanwhile by another database's migration
    END $$;`);
    this.addSql(`DO $$ BEGIN
      IF NOT has_schema_privilege('linli_app', 'public', 'USAGE') THEN
        GRANT USAGE ON SCHEMA public TO linli_app;
      END IF;
    END $$;`);
    this.addSql(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO linli_app;`);
    this.addSql(`REVOKE ALL ON TABLE mikro_orm_migrations FROM linli_app;`);
    this.addSql(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO linli_app;`);
    // Tables and sequences later migrations create (as this role) come with the same grants.
    this.addSql(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO linli_app;`,
    );
    this.addSql(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO linli_app;`);

    // The caller's community, as the API sets it on each connection; NULL when none is set.
    // Plain SQL and STABLE, so the planner inlines it into every policy.
    this.addSql(`CREATE FUNCTION linli_current_community() RETURNS uuid
      LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT nullif(current_setting('linli.community_id', true), '')::uuid $$;`);

    const protect = (table: string, using: string, check: string) => {
      this.addSql(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY;`);
      this.addSql(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY;`);
      this.addSql(`CREATE POLICY linli_community ON "${table}" USING (${using}) WITH CHECK (${check});`);
    };
    protect('community', 'id = linli_current_community()', 'id = linli_current_community()');
    for (const table of TENANT_TABLES) {
      protect(table, 'community_id = linli_current_community()', 'community_id = linli_current_community()');
    }
    for (const [table, parents] of Object.entries(LINK_TABLES)) {
      const visible = ([parent, column]: readonly [string, string]) =>
        `EXISTS (SELECT 1 FROM "${parent}" p WHERE p.id = "${table}"."${column}")`;
      protect(table, visible(parents[0]), parents.map(visible).join(' AND '));
    }
    // Forced row security holds the owner too. A superuser passes any policy; any other owner
    // gets its own (the start-up steps and the definer functions below run as the owner).
    this.addSql(`DO $$ DECLARE t text; BEGIN
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        FOREACH t IN ARRAY ARRAY[${ALL_PROTECTED.map((t) => `'${t}'`).join(', ')}] LOOP
          EXECUTE format('CREATE POLICY linli_owner ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
        END LOOP;
      END IF;
    END $$;`);

    // ---- look-ups before the caller's community is known (SECURITY DEFINER, owner's rights) ----

    // A staff session by its token's hash: the caller, in one statement per request. Keeps the
    // session alive when $2 and the last keep-alive is older than 15 s (a read-only request then
    // commits nothing).
    this.definer(
      'linli_staff_principal(p_token_hash text, p_touch boolean)',
      'TABLE (id uuid, community_id uuid, staff_id uuid, role text, expires_at timestamptz)',
      'VOLATILE',
      `WITH s AS (
         SELECT s.id, s.community_id, s.last_seen_at, s.expires_at, u.id AS staff_id, u.role
           FROM session s JOIN staff_user u ON u.id = s.staff_user_id
          WHERE s.token_hash = p_token_hash AND s.kind = 'STAFF' AND s.ended_at IS NULL AND s.expires_at > now()),
       touch AS (UPDATE session SET last_seen_at = now() FROM s
                  WHERE p_touch AND session.id = s.id AND s.last_seen_at < now() - interval '15 seconds' RETURNING 1)
       SELECT s.id, s.community_id, s.staff_id, s.role, s.expires_at FROM s`,
    );

    // A device by its token's hash, with (at a kiosk) the resident session signed in there:
    // p_resident_hash '' for none, p_idle the resident idle limit in seconds, p_touch whether this
    // use keeps them alive (false for the background re-checks of open WebSockets). Keep-alive
    // writes only when the last one is older than 15 s (or a quarter of the idle limit).
    // `deadline` is when the resident session lapses unless used again.
    this.definer(
      'linli_device_principal(p_device_hash text, p_resident_hash text, p_idle int, p_touch boolean)',
      `TABLE (id uuid, community_id uuid, kind text, revoked_at timestamptz, session_id uuid, resident_id uuid,
              deadline timestamptz)`,
      'VOLATILE',
      `WITH d AS (
         SELECT id, community_id, kind, revoked_at, last_seen_at FROM device WHERE token_hash = p_device_hash),
       s AS (
         SELECT s.id, s.resident_id, s.expires_at, s.last_seen_at,
                p_touch AND s.last_seen_at < now() - LEAST(interval '15 seconds', make_interval(secs => p_idle / 4.0)) AS touch
           FROM session s JOIN d ON s.device_id = d.id
          WHERE s.token_hash = p_resident_hash AND s.kind = 'RESIDENT' AND d.kind = 'KIOSK' AND s.ended_at IS NULL
            AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => p_idle)),
       touch_d AS (UPDATE device SET last_seen_at = now() FROM d
                    WHERE p_touch AND device.id = d.id AND d.revoked_at IS NULL
                      AND (d.last_seen_at IS NULL OR d.last_seen_at < now() - interval '1 minute') RETURNING 1),
       touch_s AS (UPDATE session SET last_seen_at = now() FROM s WHERE session.id = s.id AND s.touch RETURNING 1)
       SELECT d.id, d.community_id, d.kind, d.revoked_at, s.id, s.resident_id,
              LEAST(s.expires_at, CASE WHEN s.touch THEN now() ELSE s.last_seen_at END + make_interval(secs => p_idle))
         FROM d LEFT JOIN s ON true`,
    );

    // Staff sign-in: which staff user a username names, and their community.
    this.definer(
      'linli_staff_by_username(p_username text)',
      'TABLE (id uuid, community_id uuid)',
      'STABLE',
      `SELECT id, community_id FROM staff_user WHERE username = p_username`,
    );

    // Pairing: which device a live pairing code's hash names, and its community.
    this.definer(
      'linli_device_by_pairing_code(p_code_hash text)',
      'TABLE (id uuid, community_id uuid)',
      'STABLE',
      `SELECT id, community_id FROM device
        WHERE pairing_code_hash = p_code_hash AND revoked_at IS NULL AND pairing_expires_at > now()`,
    );

    // Following a ticket from a phone: which ticket a follow token names, and its community.
    this.definer(
      'linli_ticket_by_follow_token(p_token text)',
      'TABLE (id uuid, community_id uuid)',
      'STABLE',
      `SELECT id, community_id FROM ticket WHERE follow_token = p_token`,
    );
  }

  /**
   * A function that runs with its owner's rights: search_path pinned (no object of the caller's
   * can stand in for ours), callable by linli_app only.
   */
  private definer(signature: string, returns: string, volatility: string, body: string): void {
    this.addSql(`CREATE FUNCTION ${signature} RETURNS ${returns}
      LANGUAGE sql ${volatility} SECURITY DEFINER SET search_path = public, pg_temp
      AS $fn$ ${body} $fn$;`);
    this.addSql(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC;`);
    this.addSql(`GRANT EXECUTE ON FUNCTION ${signature} TO linli_app;`);
  }

  override async down(): Promise<void> {
    for (const fn of [
      'linli_staff_principal(text, boolean)',
      'linli_device_principal(text, text, int, boolean)',
      'linli_staff_by_username(text)',
      'linli_device_by_pairing_code(text)',
      'linli_ticket_by_follow_token(text)',
    ]) {
      this.addSql(`DROP FUNCTION IF EXISTS ${fn};`);
    }
    for (const table of ALL_PROTECTED) {
      this.addSql(`DROP POLICY IF EXISTS linli_owner ON "${table}";`);
      this.addSql(`DROP POLICY IF EXISTS linli_community ON "${table}";`);
      this.addSql(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY;`);
      this.addSql(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY;`);
    }
    this.addSql(`DROP FUNCTION IF EXISTS linli_current_community();`);
    this.addSql(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM linli_app;`,
    );
    this.addSql(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM linli_app;`);
    this.addSql(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM linli_app;`);
    this.addSql(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM linli_app;`);
    // The role itself stays: it belongs to the server, and other databases on it may use it.
  }
}
