import { Migration } from '@mikro-orm/migrations';

export class Migration20261128215131_work_orders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "work_order" ("id" uuid not null, "community_id" uuid not null, "resident_id" uuid not null, "service_id" uuid null, "ticket_id" uuid null, "description" text not null, "owner" text not null, "due_date" date not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "outcome" text null, "created_by_id" uuid null, "created_at" timestamptz not null, "closed_at" timestamptz null, constraint "work_order_pkey" primary key ("id"), constraint work_order_closed_at check ((status = 'CLOSED') = (closed_at IS NOT NULL)));`);
    this.addSql(`alter table "work_order" add constraint "work_order_ticket_id_unique" unique ("ticket_id");`);
    this.addSql(`create index "work_order_community_id_status_due_date_index" on "work_order" ("community_id", "status", "due_date");`);

    this.addSql(`create table "work_order_note" ("id" uuid not null, "community_id" uuid not null, "work_order_id" uuid not null, "author_id" uuid null, "text" text not null, "created_at" timestamptz not null, constraint "work_order_note_pkey" primary key ("id"));`);

    this.addSql(`alter table "work_order" add constraint "work_order_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "work_order" add constraint "work_order_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "work_order" add constraint "work_order_service_id_foreign" foreign key ("service_id") references "corner_service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "work_order" add constraint "work_order_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "work_order" add constraint "work_order_created_by_id_foreign" foreign key ("created_by_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "work_order_note" add constraint "work_order_note_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "work_order_note" add constraint "work_order_note_work_order_id_foreign" foreign key ("work_order_id") references "work_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "work_order_note" add constraint "work_order_note_author_id_foreign" foreign key ("author_id") references "staff_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "work_order_note" drop constraint "work_order_note_work_order_id_foreign";`);

    this.addSql(`drop table if exists "work_order" cascade;`);

    this.addSql(`drop table if exists "work_order_note" cascade;`);
  }

}
