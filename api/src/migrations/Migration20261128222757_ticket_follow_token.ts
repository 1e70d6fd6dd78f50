import { Migration } from '@mikro-orm/migrations';

export class Migration20261128222757_ticket_follow_token extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "ticket" add column "follow_token" text not null default replace(gen_random_uuid()::text, '-', '');`);
    this.addSql(`alter table "ticket" add constraint "ticket_follow_token" unique ("follow_token");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ticket" drop constraint "ticket_follow_token";`);
    this.addSql(`alter table "ticket" drop column "follow_token";`);
  }

}
