import { Migration } from '@mikro-orm/migrations';

export class Migration20261128214534_bookings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "booking" ("id" uuid not null, "community_id" uuid not null, "line_id" uuid not null, "resident_id" uuid not null, "status" text check ("status" in ('BOOKED', 'CHECKED_IN', 'CANCELLED')) not null default 'BOOKED', "problem" text not null default '', "home_visit" boolean not null default false, "idempotency_key" text not null, "ticket_id" uuid null, "created_at" timestamptz not null, constraint "booking_pkey" primary key ("id"));`);
    this.addSql(`create unique index "booking_one_per_line" on "booking" ("line_id", "resident_id") where status in ('BOOKED', 'CHECKED_IN');`);
    this.addSql(`alter table "booking" add constraint "booking_idempotency" unique ("resident_id", "idempotency_key");`);

    this.addSql(`alter table "booking" add constraint "booking_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_line_id_foreign" foreign key ("line_id") references "queue_line" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "corner_service" add column "booking_capacity" int not null default 8;`);
    this.addSql(`alter table "corner_service" add constraint corner_service_capacity check(booking_capacity >= 0);`);

    this.addSql(`alter table "queue_line" drop constraint queue_line_counters;`);

    this.addSql(`alter table "queue_line" add column "booked" int not null default 0;`);
    this.addSql(`alter table "queue_line" add constraint queue_line_counters check(last_number >= 0 AND version >= 0 AND booked >= 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "booking" cascade;`);

    this.addSql(`alter table "corner_service" drop constraint corner_service_capacity;`);
    this.addSql(`alter table "corner_service" drop column "booking_capacity";`);

    this.addSql(`alter table "queue_line" drop constraint queue_line_counters;`);
    this.addSql(`alter table "queue_line" drop column "booked";`);

    this.addSql(`alter table "queue_line" add constraint queue_line_counters check((last_number >= 0) AND (version >= 0));`);
  }

}
