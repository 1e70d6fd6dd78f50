import { Migration } from '@mikro-orm/migrations';

export class Migration20261128223519_corner_setup extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "corner_counter" ("id" uuid not null, "community_id" uuid not null, "name" text not null, "active" boolean not null default true, constraint "corner_counter_pkey" primary key ("id"), constraint corner_counter_name check (length(name) >= 1 AND length(name) <= 20));`);
    this.addSql(`alter table "corner_counter" add constraint "corner_counter_community_id_name_unique" unique ("community_id", "name");`);

    this.addSql(`create table "corner_counter_services" ("corner_counter_id" uuid not null, "corner_service_id" uuid not null, constraint "corner_counter_services_pkey" primary key ("corner_counter_id", "corner_service_id"));`);

    this.addSql(`alter table "corner_counter" add constraint "corner_counter_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "corner_counter_services" add constraint "corner_counter_services_corner_counter_id_foreign" foreign key ("corner_counter_id") references "corner_counter" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "corner_counter_services" add constraint "corner_counter_services_corner_service_id_foreign" foreign key ("corner_service_id") references "corner_service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "queue_line" add column "capacity" int null;`);
    this.addSql(`alter table "queue_line" add constraint queue_line_capacity check(capacity IS NULL OR capacity >= 0);`);

    this.addSql(`alter table "ticket" add column "counter_id" uuid null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_counter_id_foreign" foreign key ("counter_id") references "corner_counter" ("id") on update cascade on delete set null;`);
    this.addSql(`create unique index "ticket_one_open_per_counter" on "ticket" ("counter_id") where status in ('CALLED', 'SERVING');`);

    this.addSql(`alter table "booking" add column "cancel_reason" text check ("cancel_reason" in ('RESIDENT', 'CORNER_CLOSED')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "corner_counter_services" drop constraint "corner_counter_services_corner_counter_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_counter_id_foreign";`);

    this.addSql(`drop table if exists "corner_counter" cascade;`);

    this.addSql(`drop table if exists "corner_counter_services" cascade;`);

    this.addSql(`alter table "booking" drop column "cancel_reason";`);

    this.addSql(`alter table "queue_line" drop constraint queue_line_capacity;`);
    this.addSql(`alter table "queue_line" drop column "capacity";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_one_open_per_counter";`);
    this.addSql(`alter table "ticket" drop column "counter_id";`);

  }

}
