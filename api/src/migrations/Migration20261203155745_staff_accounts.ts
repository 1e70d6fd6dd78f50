import { Migration } from '@mikro-orm/migrations';

/**
 * Staff accounts and communities (issue 10): usernames unique per community, not per
 * installation; deactivation, one-time passwords that must be changed, an optimistic version;
 * community codes (sign-in names the community) and addresses; units per building; staff-account
 * actions in the audit log. The street office's operators and their sessions, which belong to no
 * community: row-level security shows their rows only to a connection with no community set (an
 * operator's request, an anonymous sign-in), never to a community's. The sign-in look-ups become
 * per (community code, username) and skip deactivated accounts; the operator's own look-ups
 * (its session, the list of communities with their sizes) are definer functions too.
 *
 * The old definer functions are dropped and made again here (their signatures change); `down`
 * leaves them dropped, as the row_level_security migration's `down` would.
 */
const GLOBAL_TABLES = ['operator_user', 'operator_session'] as const;

export class Migration20261203155745_staff_accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "operator_user" ("id" uuid not null, "username" text not null, "display_name" text not null, "password_hash" text not null, "created_at" timestamptz not null, "deactivated_at" timestamptz null, constraint "operator_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "operator_user" add constraint "operator_user_username_unique" unique ("username");`);

    this.addSql(`create table "operator_session" ("id" uuid not null, "operator_id" uuid not null, "token_hash" text not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, constraint "operator_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "operator_session" add constraint "operator_session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "operator_session" add constraint "operator_session_operator_id_foreign" foreign key ("operator_id") references "operator_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check";`);

    // Communities get a code (typed at sign-in). Existing ones: the demo's is `xingfuli`, any
    // other gets `c-` and a part of its id (an admin of the street office can tell them apart).
    this.addSql(`alter table "community" add column "code" text null, add column "address" text not null default '';`);
    this.addSql(`update "community" set "code" = case
        when "name" = '幸福里社区' and "id" = (select "id" from "community" where "name" = '幸福里社区' order by "created_at", "id" limit 1)
          then 'xingfuli'
        else 'c-' || substr(replace("id"::text, '-', ''), 1, 12) end;`);
    this.addSql(`alter table "community" alter column "code" set not null;`);
    this.addSql(`alter table "community" add constraint "community_code_unique" unique ("code");`);
    this.addSql(`alter table "community" add constraint community_code_format check(code ~ '^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?\$');`);

    this.addSql(`alter table "building" add column "unit_count" int not null default 1;`);
    this.addSql(`alter table "building" add constraint building_unit_count_positive check(unit_count > 0);`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('RESIDENT_VIEWED', 'RESIDENT_CREATED', 'RESIDENT_EDITED', 'RESIDENT_MOVED_AWAY', 'RESIDENT_ERASED', 'ROSTER_IMPORTED', 'RESIDENTS_EXPORTED', 'PIN_SETUP_CODE_ISSUED', 'PIN_LOCK_LIFTED', 'CARD_ISSUED', 'CARD_REVOKED', 'STAFF_CREATED', 'STAFF_ROLE_CHANGED', 'STAFF_DEACTIVATED', 'STAFF_REACTIVATED', 'STAFF_PASSWORD_RESET'));`);

    this.addSql(`alter table "staff_user" drop constraint "staff_user_username_unique";`);

    this.addSql(`alter table "staff_user" add column "deactivated_at" timestamptz null, add column "must_change_password" boolean not null default false, add column "version" int not null default 1;`);
    this.addSql(`alter table "staff_user" add constraint "staff_user_community_id_username_unique" unique ("community_id", "username");`);

    // ---- the street office's tables: no community; visible only with no community set ----
    for (const table of GLOBAL_TABLES) {
      this.addSql(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY;`);
      this.addSql(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY;`);
      this.addSql(
        `CREATE POLICY linli_global ON "${table}" USING (linli_current_community() IS NULL) WITH CHECK (linli_current_community() IS NULL);`,
      );
    }
    // The owner's own policy, as the row_level_security migration gives every protected table.
    this.addSql(`DO $$ DECLARE t text; BEGIN
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        FOREACH t IN ARRAY ARRAY[${GLOBAL_TABLES.map((t) => `'${t}'`).join(', ')}] LOOP
          EXECUTE format('CREATE POLICY linli_owner ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
        END LOOP;
      END IF;
    END $$;`);

    // ---- look-ups before the caller's community is known (SECURITY DEFINER) ----

    // Staff sign-in: which active staff user a (community code, username) names.
    this.addSql(`DROP FUNCTION linli_staff_by_username(text);`);
    this.definer(
      'linli_staff_by_username(p_community_code text, p_username text)',
      'TABLE (id uuid, community_id uuid)',
      'STABLE',
      `SELECT u.id, u.community_id FROM staff_user u JOIN community c ON c.id = u.community_id
        WHERE c.code = p_community_code AND u.username = p_username AND u.deactivated_at IS NULL`,
    );

    // A staff session by its token's hash (as before), now only of an active account, and with
    // whether the account must choose a new password first.
    this.addSql(`DROP FUNCTION linli_staff_principal(text, boolean);`);
    this.definer(
      'linli_staff_principal(p_token_hash text, p_touch boolean)',
      'TABLE (id uuid, community_id uuid, staff_id uuid, role text, expires_at timestamptz, must_change_password boolean)',
      'VOLATILE',
      `WITH s AS (
         SELECT s.id, s.community_id, s.last_seen_at, s.expires_at, u.id AS staff_id, u.role, u.must_change_password
           FROM session s JOIN staff_user u ON u.id = s.staff_user_id
          WHERE s.token_hash = p_token_hash AND s.kind = 'STAFF' AND s.ended_at IS NULL AND s.expires_at > now()
            AND u.deactivated_at IS NULL),
       touch AS (UPDATE session SET last_seen_at = now() FROM s
                  WHERE p_touch AND session.id = s.id AND s.last_seen_at < now() - interval '15 seconds' RETURNING 1)
       SELECT s.id, s.community_id, s.staff_id, s.role, s.expires_at, s.must_change_password FROM s`,
    );

    // An operator's session by its token's hash (the pooled connection may carry any community).
    this.definer(
      'linli_operator_principal(p_token_hash text, p_touch boolean)',
      'TABLE (id uuid, operator_id uuid, expires_at timestamptz)',
      'VOLATILE',
      `WITH s AS (
         SELECT s.id, s.operator_id, s.last_seen_at, s.expires_at
           FROM operator_session s JOIN operator_user o ON o.id = s.operator_id
          WHERE s.token_hash = p_token_hash AND s.ended_at IS NULL AND s.expires_at > now() AND o.deactivated_at IS NULL),
       touch AS (UPDATE operator_session SET last_seen_at = now() FROM s
                  WHERE p_touch AND operator_session.id = s.id AND s.last_seen_at < now() - interval '15 seconds' RETURNING 1)
       SELECT s.id, s.operator_id, s.expires_at FROM s`,
    );

    // The street office's list: every community, what it is and its size; nothing of its people.
    this.definer(
      'linli_office_communities()',
      `TABLE (id uuid, name text, code text, address text, created_at timestamptz, building_count int, unit_count int,
              staff_count int)`,
      'STABLE',
      `SELECT c.id, c.name, c.code, c.address, c.created_at,
              (SELECT count(*) FROM building b WHERE b.community_id = c.id)::int,
              (SELECT coalesce(sum(b.unit_count), 0) FROM building b WHERE b.community_id = c.id)::int,
              (SELECT count(*) FROM staff_user u WHERE u.community_id = c.id AND u.deactivated_at IS NULL)::int
         FROM community c ORDER BY c.created_at, c.id`,
    );
  }

  /** As in the row_level_security migration: owner's rights, search_path pinned, linli_app only. */
  private definer(signature: string, returns: string, volatility: string, body: string): void {
    this.addSql(`CREATE FUNCTION ${signature} RETURNS ${returns}
      LANGUAGE sql ${volatility} SECURITY DEFINER SET search_path = public, pg_temp
      AS $fn$ ${body} $fn$;`);
    this.addSql(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC;`);
    this.addSql(`GRANT EXECUTE ON FUNCTION ${signature} TO linli_app;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP FUNCTION IF EXISTS linli_office_communities();`);
    this.addSql(`DROP FUNCTION IF EXISTS linli_operator_principal(text, boolean);`);
    this.addSql(`DROP FUNCTION IF EXISTS linli_staff_principal(text, boolean);`);
    this.addSql(`DROP FUNCTION IF EXISTS linli_staff_by_username(text, text);`);
    this.addSql(`alter table "operator_session" drop constraint "operator_session_operator_id_foreign";`);

    this.addSql(`drop table if exists "operator_user" cascade;`);

    this.addSql(`drop table if exists "operator_session" cascade;`);

    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check";`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('RESIDENT_VIEWED', 'RESIDENT_CREATED', 'RESIDENT_EDITED', 'RESIDENT_MOVED_AWAY', 'RESIDENT_ERASED', 'ROSTER_IMPORTED', 'RESIDENTS_EXPORTED', 'PIN_SETUP_CODE_ISSUED', 'PIN_LOCK_LIFTED', 'CARD_ISSUED', 'CARD_REVOKED'));`);

    this.addSql(`alter table "building" drop constraint building_unit_count_positive;`);
    this.addSql(`alter table "building" drop column "unit_count";`);

    this.addSql(`alter table "community" drop constraint "community_code_unique";`);
    this.addSql(`alter table "community" drop constraint community_code_format;`);
    this.addSql(`alter table "community" drop column "code", drop column "address";`);

    this.addSql(`alter table "staff_user" drop constraint "staff_user_community_id_username_unique";`);
    this.addSql(`alter table "staff_user" drop column "deactivated_at", drop column "must_change_password", drop column "version";`);

    this.addSql(`alter table "staff_user" add constraint "staff_user_username_unique" unique ("username");`);
  }

}
