import { Migration } from '@mikro-orm/migrations';

export class Migration20261128211953_service_corner extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "corner_service" ("id" uuid not null, "community_id" uuid not null, "letter" text not null, "name" text not null, "provider" text not null default '', "typical_minutes" int not null default 10, "active" boolean not null default true, constraint "corner_service_pkey" primary key ("id"), constraint corner_service_letter check (letter ~ '^[A-Z]\$'));`);
    this.addSql(`alter table "corner_service" add constraint "corner_service_community_id_letter_unique" unique ("community_id", "letter");`);

    this.addSql(`create table "corner_session" ("id" uuid not null, "community_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "cancelled" boolean not null default false, constraint "corner_session_pkey" primary key ("id"), constraint corner_session_order check (ends_at > starts_at));`);
    this.addSql(`alter table "corner_session" add constraint "corner_session_community_id_starts_at_unique" unique ("community_id", "starts_at");`);

    this.addSql(`create table "queue_line" ("id" uuid not null, "community_id" uuid not null, "session_id" uuid not null, "service_id" uuid not null, "last_number" int not null default 0, "version" int not null default 0, constraint "queue_line_pkey" primary key ("id"), constraint queue_line_counters check (last_number >= 0 AND version >= 0));`);
    this.addSql(`alter table "queue_line" add constraint "queue_line_session_id_service_id_unique" unique ("session_id", "service_id");`);

    this.addSql(`create table "ticket" ("id" uuid not null, "community_id" uuid not null, "line_id" uuid not null, "resident_id" uuid not null, "number" int not null, "status" text check ("status" in ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW', 'CANCELLED')) not null default 'WAITING', "idempotency_key" text not null, "created_at" timestamptz not null, "called_at" timestamptz null, "finished_at" timestamptz null, "counter" text null, constraint "ticket_pkey" primary key ("id"), constraint ticket_number_positive check (number > 0));`);
    this.addSql(`create index "ticket_line_id_status_number_index" on "ticket" ("line_id", "status", "number");`);
    this.addSql(`create unique index "ticket_one_open_per_resident" on "ticket" ("line_id", "resident_id") where status in ('WAITING', 'CALLED', 'SERVING');`);
    this.addSql(`alter table "ticket" add constraint "ticket_idempotency" unique ("resident_id", "idempotency_key");`);
    this.addSql(`alter table "ticket" add constraint "ticket_line_id_number_unique" unique ("line_id", "number");`);

    this.addSql(`alter table "corner_service" add constraint "corner_service_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "corner_session" add constraint "corner_session_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "queue_line" add constraint "queue_line_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "queue_line" add constraint "queue_line_session_id_foreign" foreign key ("session_id") references "corner_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "queue_line" add constraint "queue_line_service_id_foreign" foreign key ("service_id") references "corner_service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ticket" add constraint "ticket_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket" add constraint "ticket_line_id_foreign" foreign key ("line_id") references "queue_line" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket" add constraint "ticket_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "queue_line" drop constraint "queue_line_service_id_foreign";`);

    this.addSql(`alter table "queue_line" drop constraint "queue_line_session_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_line_id_foreign";`);

    this.addSql(`drop table if exists "corner_service" cascade;`);

    this.addSql(`drop table if exists "corner_session" cascade;`);

    this.addSql(`drop table if exists "queue_line" cascade;`);

    this.addSql(`drop table if exists "ticket" cascade;`);
  }

}
