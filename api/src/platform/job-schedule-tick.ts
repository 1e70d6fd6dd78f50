import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export const JOB_SCHEDULE_TICK_TABLE = 'job_schedule_tick';

/**
 * The newest tick of a scheduled job that the job queue has checked was sent (see `catchUp` in
 * jobs.ts): a schedule's ticks missed while no instance ran are found against it. A platform
 * table of no community (as `rate_limit`); only jobs.ts reads and writes it, through `pg`.
 * Mapped as an entity so that the committed migration creates it and the drift check knows it.
 */
@Entity({ tableName: JOB_SCHEDULE_TICK_TABLE })
export class JobScheduleTick {
  /** The job's name (`points.expire-vouchers`). */
  @PrimaryKey({ type: 'text' })
  name!: string;

  /** The tick (a time its cron names) checked last. */
  @Property({ type: 'Date', columnType: 'timestamptz' })
  tick!: Date;
}
