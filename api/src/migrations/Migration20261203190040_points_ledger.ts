import { Migration } from '@mikro-orm/migrations';
import { tenantTables } from './tenant-tables.js';

/** The points module's tables and the ledger's (row-level security, guards, append only). */
const TABLES = ['points_rule', 'points_setting', 'ledger_account', 'ledger_entry', 'governance_star', 'reward', 'reward_picture', 'star_opt_out', 'volunteer_shift', 'voucher'];

/**
 * Participation points: the ledger (accounts and append-only entries, the balance moved only by
 * an entry's insert and never below zero), earning rules, volunteer shifts, rewards, vouchers
 * (none without its debit), settings and governance stars.
 */

export class Migration20261203190040_points_ledger extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "points_rule" ("id" uuid not null, "community_id" uuid not null, "reason" text check ("reason" in ('MEETING_ATTENDED', 'SUGGESTION_ADOPTED', 'VOLUNTEER_HOUR')) not null, "points" int not null, "effective_from" date not null, "created_by" uuid null, "created_at" timestamptz not null default now(), constraint "points_rule_pkey" primary key ("id"));`);
    this.addSql(`alter table "points_rule" add constraint "points_rule_community_id_reason_effective_from_unique" unique ("community_id", "reason", "effective_from");`);

    this.addSql(`create table "points_setting" ("community_id" uuid not null, "voucher_valid_days" int not null default 30, "stars_per_quarter" int not null default 10, constraint "points_setting_pkey" primary key ("community_id"));`);

    this.addSql(`create table "ledger_account" ("id" uuid not null, "community_id" uuid not null, "kind" text not null, "resident_id" uuid not null, "balance" bigint not null default 0, "created_at" timestamptz not null default now(), constraint "ledger_account_pkey" primary key ("id"));`);
    this.addSql(`alter table "ledger_account" add constraint "ledger_account_community_id_kind_resident_id_unique" unique ("community_id", "kind", "resident_id");`);

    this.addSql(`create table "ledger_entry" ("id" uuid not null, "seq" bigserial, "community_id" uuid not null, "account_id" uuid not null, "amount" bigint not null, "balance_after" bigint not null, "reason" text not null, "source_kind" text null, "source_id" text null, "detail" jsonb null, "recorded_by" uuid null, "reverses_id" uuid null, "idempotency_key" text not null, "at" timestamptz not null default now(), constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_seq_unique" unique ("seq");`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_reverses_id_unique" unique ("reverses_id");`);
    this.addSql(`create index "ledger_entry_community_id_at_index" on "ledger_entry" ("community_id", "at");`);
    this.addSql(`create index "ledger_entry_account_id_seq_index" on "ledger_entry" ("account_id", "seq");`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_community_id_idempotency_key_unique" unique ("community_id", "idempotency_key");`);

    this.addSql(`create table "governance_star" ("id" uuid not null, "community_id" uuid not null, "quarter" text not null, "resident_id" uuid not null, "rank" int not null, "points" int not null, "confirmed_by" uuid not null, "confirmed_at" timestamptz not null default now(), constraint "governance_star_pkey" primary key ("id"));`);
    this.addSql(`alter table "governance_star" add constraint "governance_star_community_id_quarter_rank_unique" unique ("community_id", "quarter", "rank");`);
    this.addSql(`alter table "governance_star" add constraint "governance_star_community_id_quarter_resident_id_unique" unique ("community_id", "quarter", "resident_id");`);

    this.addSql(`create table "reward" ("id" uuid not null, "community_id" uuid not null, "kind" text check ("kind" in ('SERVICE', 'GOODS')) not null, "name" text not null, "description" text not null default '', "cost" int not null, "stock" int not null, "picture_id" uuid null, "active_from" date null, "active_until" date null, "archived" boolean not null default false, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "reward_pkey" primary key ("id"));`);

    this.addSql(`create table "reward_picture" ("id" uuid not null, "community_id" uuid not null, "content_type" text not null, "bytes" bytea not null, "created_at" timestamptz not null default now(), constraint "reward_picture_pkey" primary key ("id"));`);

    this.addSql(`create table "star_opt_out" ("resident_id" uuid not null, "community_id" uuid not null, "at" timestamptz not null default now(), constraint "star_opt_out_pkey" primary key ("resident_id"));`);

    this.addSql(`create table "volunteer_shift" ("id" uuid not null, "community_id" uuid not null, "resident_id" uuid not null, "worked_on" date not null, "activity" text not null, "minutes" int not null, "verified_by" text not null, "recorded_by" uuid not null, "created_at" timestamptz not null default now(), constraint "volunteer_shift_pkey" primary key ("id"));`);
    this.addSql(`alter table "volunteer_shift" add constraint "volunteer_shift_community_id_resident_id_worked_o_1e7aa_unique" unique ("community_id", "resident_id", "worked_on", "activity");`);

    this.addSql(`create table "voucher" ("id" uuid not null, "community_id" uuid not null, "code" text not null, "resident_id" uuid not null, "reward_id" uuid not null, "reward_name" text not null, "cost" int not null, "status" text check ("status" in ('ISSUED', 'FULFILLED', 'CANCELLED', 'EXPIRED')) not null default 'ISSUED', "issued_at" timestamptz not null default now(), "expires_at" timestamptz not null, "closed_at" timestamptz null, "closed_by" uuid null, "cancel_note" text null, "idempotency_key" text not null, "debit_entry_id" uuid not null, "refund_entry_id" uuid null, constraint "voucher_pkey" primary key ("id"));`);
    this.addSql(`alter table "voucher" add constraint "voucher_debit_entry_id_unique" unique ("debit_entry_id");`);
    this.addSql(`alter table "voucher" add constraint "voucher_refund_entry_id_unique" unique ("refund_entry_id");`);
    this.addSql(`create index "voucher_community_id_resident_id_issued_at_index" on "voucher" ("community_id", "resident_id", "issued_at");`);
    this.addSql(`create index "voucher_community_id_status_expires_at_index" on "voucher" ("community_id", "status", "expires_at");`);
    this.addSql(`alter table "voucher" add constraint "voucher_community_id_resident_id_idempotency_key_unique" unique ("community_id", "resident_id", "idempotency_key");`);
    this.addSql(`alter table "voucher" add constraint "voucher_community_id_code_unique" unique ("community_id", "code");`);

    this.addSql(`alter table "points_rule" add constraint "points_rule_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "points_setting" add constraint "points_setting_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ledger_account" add constraint "ledger_account_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "ledger_account" add constraint "ledger_account_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`);

    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_account_id_foreign" foreign key ("account_id") references "ledger_account" ("id") on update cascade;`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_reverses_id_foreign" foreign key ("reverses_id") references "ledger_entry" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "governance_star" add constraint "governance_star_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "governance_star" add constraint "governance_star_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`);

    this.addSql(`alter table "reward" add constraint "reward_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "reward_picture" add constraint "reward_picture_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "star_opt_out" add constraint "star_opt_out_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "star_opt_out" add constraint "star_opt_out_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "volunteer_shift" add constraint "volunteer_shift_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "volunteer_shift" add constraint "volunteer_shift_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`);

    this.addSql(`alter table "voucher" add constraint "voucher_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "voucher" add constraint "voucher_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`);
    this.addSql(`alter table "voucher" add constraint "voucher_reward_id_foreign" foreign key ("reward_id") references "reward" ("id") on update cascade;`);
    this.addSql(`alter table "voucher" add constraint "voucher_debit_entry_id_foreign" foreign key ("debit_entry_id") references "ledger_entry" ("id") on update cascade;`);
    this.addSql(`alter table "voucher" add constraint "voucher_refund_entry_id_foreign" foreign key ("refund_entry_id") references "ledger_entry" ("id") on update cascade on delete set null;`);
    // ---- written by hand: what the entities cannot say ----
    this.addSql(`alter table "ledger_account" add constraint "ledger_account_balance_not_negative" check ("balance" >= 0);`);
    this.addSql(`alter table "ledger_account" add constraint "ledger_account_kind_code" check ("kind" ~ '^[A-Z][A-Z_]{1,19}$');`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_amount_not_zero" check ("amount" <> 0);`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_balance_after_not_negative" check ("balance_after" >= 0);`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_reason_code" check ("reason" ~ '^[A-Z][A-Z_]{1,39}$');`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_key_length" check (length("idempotency_key") >= 1 and length("idempotency_key") <= 200);`);
    this.addSql(`alter table "points_rule" add constraint "points_rule_points_range" check ("points" >= 1 and "points" <= 10000);`);
    this.addSql(`alter table "points_setting" add constraint "points_setting_valid_days_range" check ("voucher_valid_days" >= 1 and "voucher_valid_days" <= 366);`);
    this.addSql(`alter table "points_setting" add constraint "points_setting_stars_range" check ("stars_per_quarter" >= 1 and "stars_per_quarter" <= 50);`);
    this.addSql(`alter table "reward" add constraint "reward_cost_positive" check ("cost" >= 1 and "cost" <= 1000000);`);
    this.addSql(`alter table "reward" add constraint "reward_stock_not_negative" check ("stock" >= 0);`);
    this.addSql(`alter table "reward" add constraint "reward_window_order" check ("active_from" is null or "active_until" is null or "active_from" <= "active_until");`);
    this.addSql(`alter table "voucher" add constraint "voucher_cost_positive" check ("cost" > 0);`);
    this.addSql(`alter table "voucher" add constraint "voucher_closed_when_not_issued" check (("status" = 'ISSUED') = ("closed_at" is null));`);
    this.addSql(`alter table "voucher" add constraint "voucher_refunded_when_cancelled_or_expired" check (("status" = 'CANCELLED' or "status" = 'EXPIRED') = ("refund_entry_id" is not null));`);
    this.addSql(`alter table "volunteer_shift" add constraint "volunteer_shift_minutes_range" check ("minutes" >= 30 and "minutes" <= 720 and "minutes" % 30 = 0);`);
    this.addSql(`alter table "governance_star" add constraint "governance_star_rank_positive" check ("rank" > 0);`);

    // The balance moves only with an entry, by the entry's own insert: this function (the owner's,
    // so linli_app needs no UPDATE on ledger_account) adds the amount under the account's row lock
    // and stamps the entry with the balance it leaves. An overdraft breaks the CHECK above and the
    // whole transaction with it. A reversal must undo one entry of its own account exactly.
    this.addSql(`CREATE FUNCTION ledger_entry_apply() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public, pg_temp AS $$
      DECLARE
        original_account uuid;
        original_amount bigint;
      BEGIN
        IF NEW.reverses_id IS NOT NULL THEN
          SELECT account_id, amount INTO original_account, original_amount FROM ledger_entry WHERE id = NEW.reverses_id;
          IF NOT FOUND OR original_account <> NEW.account_id OR original_amount <> -NEW.amount THEN
            RAISE EXCEPTION 'a reversal undoes one entry of its own account exactly'
              USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_entry_reversal_exact';
          END IF;
        END IF;
        UPDATE ledger_account SET balance = balance + NEW.amount
         WHERE id = NEW.account_id AND community_id = NEW.community_id
         RETURNING balance INTO NEW.balance_after;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'no such account in this community'
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'ledger_entry_account_id_foreign';
        END IF;
        RETURN NEW;
      END $$;`);
    // Definer functions are for linli_app alone (row_level_security's rule), this one too.
    this.addSql(`REVOKE EXECUTE ON FUNCTION ledger_entry_apply() FROM PUBLIC;`);
    this.addSql(`GRANT EXECUTE ON FUNCTION ledger_entry_apply() TO linli_app;`);
    this.addSql(`CREATE TRIGGER ledger_entry_apply BEFORE INSERT ON "ledger_entry" FOR EACH ROW EXECUTE FUNCTION ledger_entry_apply();`);
    // Nothing else moves a balance, the owner included: an account starts at 0, and an UPDATE not
    // made by ledger_entry_apply (trigger depth 2) is refused, as is any change of what it is.
    this.addSql(`CREATE FUNCTION ledger_account_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          NEW.balance := 0;
          RETURN NEW;
        END IF;
        IF pg_trigger_depth() < 2 OR NEW.id <> OLD.id OR NEW.community_id <> OLD.community_id
           OR NEW.kind <> OLD.kind OR NEW.resident_id <> OLD.resident_id THEN
          RAISE EXCEPTION 'a ledger balance moves only by an entry: UPDATE refused' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$;`);
    this.addSql(`CREATE TRIGGER ledger_account_guard BEFORE INSERT OR UPDATE ON "ledger_account" FOR EACH ROW EXECUTE FUNCTION ledger_account_guard();`);
    // Entries and accounts are never deleted; entries never changed (linli_append_only: audit_log).
    for (const table of ['ledger_entry', 'ledger_account']) {
      this.addSql(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION linli_append_only();`);
      this.addSql(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION linli_append_only();`);
    }
    this.addSql(`CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON "ledger_entry" FOR EACH ROW EXECUTE FUNCTION linli_append_only();`);
    this.addSql(`REVOKE UPDATE, DELETE, TRUNCATE ON "ledger_entry", "ledger_account" FROM linli_app;`);
    this.addSql(`REVOKE DELETE, TRUNCATE ON "voucher", "governance_star", "volunteer_shift", "points_rule" FROM linli_app;`);
    this.addSql(`REVOKE UPDATE ON "governance_star", "volunteer_shift" FROM linli_app;`);

    // Row-level security, as every tenant table has it (migration row_level_security).
    for (const statement of tenantTables(TABLES)) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP FUNCTION IF EXISTS ledger_entry_apply() CASCADE;`);
    this.addSql(`DROP FUNCTION IF EXISTS ledger_account_guard() CASCADE;`);
    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_account_id_foreign";`);

    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_reverses_id_foreign";`);

    this.addSql(`alter table "voucher" drop constraint "voucher_debit_entry_id_foreign";`);

    this.addSql(`alter table "voucher" drop constraint "voucher_refund_entry_id_foreign";`);

    this.addSql(`alter table "voucher" drop constraint "voucher_reward_id_foreign";`);

    this.addSql(`drop table if exists "points_rule" cascade;`);

    this.addSql(`drop table if exists "points_setting" cascade;`);

    this.addSql(`drop table if exists "ledger_account" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "governance_star" cascade;`);

    this.addSql(`drop table if exists "reward" cascade;`);

    this.addSql(`drop table if exists "reward_picture" cascade;`);

    this.addSql(`drop table if exists "star_opt_out" cascade;`);

    this.addSql(`drop table if exists "volunteer_shift" cascade;`);

    this.addSql(`drop table if exists "voucher" cascade;`);
  }

}
