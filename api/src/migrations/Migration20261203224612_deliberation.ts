import { Migration } from '@mikro-orm/migrations';
import { tenantTables } from './tenant-tables.js';

const TABLES = ['deliberation_round', 'deliberation_setting', 'matter_counter', 'party', 'matter', 'matter_event', 'suggestion'];

/**
 * Deliberation (issue 12): parties, matters and their reference counters, suggestions, each
 * matter's file (append-only, as audit_log), closed rounds and the calendar's settings; every
 * table under row-level security.
 */
export class Migration20261203224612_deliberation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "deliberation_round" ("community_id" uuid not null, "round" text not null, "closed_at" timestamptz not null default now(), "meeting_id" uuid null, constraint "deliberation_round_pkey" primary key ("community_id", "round"));`);

    this.addSql(`create table "deliberation_setting" ("community_id" uuid not null, "counting" text check ("counting" in ('CALENDAR', 'WORKING')) not null default 'CALENDAR', "urgent_days" int not null default 7, "key_days" int not null default 30, "cutoff_day" int not null default 5, "meeting_day" int not null default 15, constraint "deliberation_setting_pkey" primary key ("community_id"), constraint deliberation_setting_calendar check (cutoff_day >= 1 and cutoff_day <= 28 and meeting_day >= 1 and meeting_day <= 28), constraint deliberation_setting_days check (urgent_days >= 1 and urgent_days <= 60 and key_days >= 1 and key_days <= 180));`);

    this.addSql(`create table "matter_counter" ("community_id" uuid not null, "round" text not null, "last" int not null, constraint "matter_counter_pkey" primary key ("community_id", "round"));`);

    this.addSql(`create table "party" ("id" uuid not null, "community_id" uuid not null, "name" text not null, "kind" text check ("kind" in ('PROPERTY', 'POLICE', 'DEPARTMENT', 'OTHER')) not null, "contact_name" text null, "phone" text null, "archived" boolean not null default false, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "party_pkey" primary key ("id"));`);

    this.addSql(`create table "matter" ("id" uuid not null, "community_id" uuid not null, "ref" text not null, "round" text not null, "title" text not null, "category" text check ("category" in ('ELDERLY', 'CHILDCARE', 'CONVENIENCE', 'OTHER')) not null, "status" text check ("status" in ('NEW', 'OPEN', 'ADOPTED', 'DONE', 'CLOSED', 'MERGED')) not null default 'NEW', "urgency" text check ("urgency" in ('URGENT', 'KEY', 'LONG_TERM')) null, "target_quarter" text null, "owner_staff_id" uuid null, "owner_party_id" uuid null, "classified_at" timestamptz null, "due_day" date null, "overdue_at" timestamptz null, "merged_into_id" uuid null, "declined" boolean not null default false, "answer" text null, "answered_at" timestamptz null, "changed_at" timestamptz not null default now(), "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "matter_pkey" primary key ("id"), constraint matter_one_owner check (owner_staff_id is null or owner_party_id is null), constraint matter_classified_has_clock check (status = 'NEW' or status = 'MERGED' or (urgency is not null and classified_at is not null)), constraint matter_closed_has_answer check (status <> 'CLOSED' or (answer is not null and answered_at is not null)), constraint matter_merged_has_target check ((status = 'MERGED') = (merged_into_id is not null)));`);
    this.addSql(`create index "matter_community_id_round_status_index" on "matter" ("community_id", "round", "status");`);
    this.addSql(`alter table "matter" add constraint "matter_community_id_ref_unique" unique ("community_id", "ref");`);

    this.addSql(`create table "matter_event" ("id" uuid not null, "seq" bigserial, "community_id" uuid not null, "matter_id" uuid not null, "kind" text not null, "public" boolean not null, "text" text null, "reason" text null, "detail" jsonb null, "by_staff" uuid null, "at" timestamptz not null default now(), constraint "matter_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "matter_event" add constraint "matter_event_seq_unique" unique ("seq");`);
    this.addSql(`create index "matter_event_matter_id_seq_index" on "matter_event" ("matter_id", "seq");`);

    this.addSql(`create table "suggestion" ("id" uuid not null, "community_id" uuid not null, "matter_id" uuid not null, "resident_id" uuid not null, "title" text not null, "details" text not null, "category" text check ("category" in ('ELDERLY', 'CHILDCARE', 'CONVENIENCE', 'OTHER')) not null, "source" text check ("source" in ('KIOSK', 'PAPER', 'BUILDING_LEADER', 'GRID_WORKER', 'STAFF')) not null, "entered_by" uuid null, "round" text not null, "idempotency_key" text not null, "seen_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "suggestion_pkey" primary key ("id"));`);
    this.addSql(`create index "suggestion_matter_id_index" on "suggestion" ("matter_id");`);
    this.addSql(`create index "suggestion_community_id_resident_id_created_at_index" on "suggestion" ("community_id", "resident_id", "created_at");`);
    this.addSql(`alter table "suggestion" add constraint "suggestion_community_id_resident_id_idempotency_key_unique" unique ("community_id", "resident_id", "idempotency_key");`);

    this.addSql(`alter table "deliberation_round" add constraint "deliberation_round_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "deliberation_setting" add constraint "deliberation_setting_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "matter_counter" add constraint "matter_counter_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "party" add constraint "party_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "matter" add constraint "matter_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "matter" add constraint "matter_owner_party_id_foreign" foreign key ("owner_party_id") references "party" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "matter" add constraint "matter_merged_into_id_foreign" foreign key ("merged_into_id") references "matter" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "matter_event" add constraint "matter_event_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "matter_event" add constraint "matter_event_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade;`);

    this.addSql(`alter table "suggestion" add constraint "suggestion_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "suggestion" add constraint "suggestion_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade;`);
    this.addSql(`alter table "suggestion" add constraint "suggestion_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`);

    // A matter's file is never edited or deleted (a correction is a new line); matters and
    // suggestions are never deleted (linli_append_only: audit_log).
    this.addSql(`CREATE TRIGGER matter_event_no_update BEFORE UPDATE ON "matter_event" FOR EACH ROW EXECUTE FUNCTION linli_append_only();`);
    for (const table of ['matter_event', 'matter', 'suggestion']) {
      this.addSql(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION linli_append_only();`);
      this.addSql(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION linli_append_only();`);
    }
    this.addSql(`REVOKE UPDATE, DELETE, TRUNCATE ON "matter_event" FROM linli_app;`);
    this.addSql(`REVOKE DELETE, TRUNCATE ON "matter", "suggestion", "deliberation_round" FROM linli_app;`);

    // Row-level security, as every tenant table has it (migration row_level_security).
    for (const statement of tenantTables(TABLES)) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "matter" drop constraint "matter_owner_party_id_foreign";`);

    this.addSql(`alter table "matter" drop constraint "matter_merged_into_id_foreign";`);

    this.addSql(`alter table "matter_event" drop constraint "matter_event_matter_id_foreign";`);

    this.addSql(`alter table "suggestion" drop constraint "suggestion_matter_id_foreign";`);

    this.addSql(`drop table if exists "deliberation_round" cascade;`);

    this.addSql(`drop table if exists "deliberation_setting" cascade;`);

    this.addSql(`drop table if exists "matter_counter" cascade;`);

    this.addSql(`drop table if exists "party" cascade;`);

    this.addSql(`drop table if exists "matter" cascade;`);

    this.addSql(`drop table if exists "matter_event" cascade;`);

    this.addSql(`drop table if exists "suggestion" cascade;`);
  }

}
