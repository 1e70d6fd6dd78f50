import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log (`audit_entry`): staff actions on residents' personal data. Row-level security
 * as every tenant table has it; append only for everyone: the API's role is granted SELECT and
 * INSERT alone, and triggers refuse UPDATE, DELETE and TRUNCATE to any role, the owner included.
 */
export class Migration20261203144013_audit_log extends Migration {
  override up(): void {
    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "community_id" uuid not null, "at" timestamptz not null default now(), "action" text check ("action" in ('RESIDENT_VIEWED', 'RESIDENT_CREATED', 'RESIDENT_EDITED', 'RESIDENT_MOVED_AWAY', 'RESIDENT_ERASED', 'ROSTER_IMPORTED', 'RESIDENTS_EXPORTED', 'PIN_SETUP_CODE_ISSUED', 'PIN_LOCK_LIFTED', 'CARD_ISSUED', 'CARD_REVOKED')) not null, "actor_staff_id" uuid not null, "resident_id" uuid null, "address" text null, "detail" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "audit_entry_community_id_resident_id_at_index" on "audit_entry" ("community_id", "resident_id", "at");`,
    );
    this.addSql(`create index "audit_entry_community_id_at_index" on "audit_entry" ("community_id", "at");`);
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`,
    );

    this.addSql(`ALTER TABLE "audit_entry" ENABLE ROW LEVEL SECURITY;`);
    this.addSql(`ALTER TABLE "audit_entry" FORCE ROW LEVEL SECURITY;`);
    this.addSql(
      `CREATE POLICY linli_community ON "audit_entry" USING (community_id = linli_current_community()) WITH CHECK (community_id = linli_current_community());`,
    );
    // The owner's own policy, as the row_level_security migration gives every protected table.
    this.addSql(`DO $$ BEGIN
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('CREATE POLICY linli_owner ON audit_entry TO %I USING (true) WITH CHECK (true)', current_user);
      END IF;
    END $$;`);

    this.addSql(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_entry" FROM linli_app;`);
    this.addSql(`CREATE FUNCTION linli_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;`);
    this.addSql(`CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON "audit_entry"
      FOR EACH ROW EXECUTE FUNCTION linli_append_only();`);
    this.addSql(`CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON "audit_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION linli_append_only();`);
  }

  override down(): void {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`DROP FUNCTION IF EXISTS linli_append_only();`);
  }
}
