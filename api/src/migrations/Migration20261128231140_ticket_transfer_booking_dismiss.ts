import { Migration } from '@mikro-orm/migrations';

export class Migration20261128231140_ticket_transfer_booking_dismiss extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "ticket" add column "transferred_from_id" uuid null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_transferred_from_id_foreign" foreign key ("transferred_from_id") references "ticket" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_transferred_from" unique ("transferred_from_id");`);

    this.addSql(`alter table "booking" add column "dismissed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ticket" drop constraint "ticket_transferred_from_id_foreign";`);

    this.addSql(`alter table "booking" drop column "dismissed_at";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_transferred_from";`);
    this.addSql(`alter table "ticket" drop column "transferred_from_id";`);
  }

}
