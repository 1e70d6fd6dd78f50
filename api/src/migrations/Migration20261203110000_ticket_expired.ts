import { Migration } from '@mikro-orm/migrations';

/**
 * A ticket can be EXPIRED: its opening ended before it was served (the queue closes such tickets
 * on the next read that touches them, see the queue module's EXPIRE_ENDED). The one-open-ticket
 * index counts only WAITING, CALLED and SERVING, so an expired ticket blocks nothing.
 */
export class Migration20261203110000_ticket_expired extends Migration {
  override up(): void {
    this.addSql(`alter table "ticket" drop constraint if exists "ticket_status_check";`);
    this.addSql(
      `alter table "ticket" add constraint "ticket_status_check" check ("status" in ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW', 'CANCELLED', 'EXPIRED'));`,
    );
  }

  override down(): void {
    this.addSql(`update "ticket" set "status" = 'CANCELLED' where "status" = 'EXPIRED';`);
    this.addSql(`alter table "ticket" drop constraint if exists "ticket_status_check";`);
    this.addSql(
      `alter table "ticket" add constraint "ticket_status_check" check ("status" in ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW', 'CANCELLED'));`,
    );
  }
}
