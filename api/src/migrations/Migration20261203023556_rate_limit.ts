import { Migration } from '@mikro-orm/migrations';

/**
 * The attempt budgets that guard credentials (staff sign-in, pairing codes, a kiosk's failed
 * resident sign-ins), shared by every API process: rate-limiter-flexible's RateLimiterPostgres
 * layout (see RateLimitRow in platform/rate-limit.ts).
 */
export class Migration20261203023556_rate_limit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit" cascade;`);
  }

}
