import { Migration } from '@mikro-orm/migrations';

/**
 * The platform's job queue (platform/jobs.ts): pg-boss's schema, its grants to the API's role,
 * the schedule ticks checked for catch-up, and the definer function that lists the communities
 * a job walks.
 *
 * - pg-boss's tables come from here, not from pg-boss migrating itself at start-up: they are then
 *   owned by the role that runs the migrations (linli_app owns nothing and may not alter
 *   anything), they are in the test template database (every test file clones it), and the
 *   schema is versioned with Linli's. The SQL is pg-boss 10.4.2's construction plan for schema
 *   version 24 (`PgBoss.getConstructionPlans('pgboss')`), copied as it was, without the
 *   transaction and advisory lock it wraps itself in (a migration runs in one transaction, under
 *   the migrations' start-up lock). At run time pg-boss only checks the version (`migrate:
 *   false`); upgrading pg-boss past schema 24 needs a migration with `PgBoss.getMigrationPlans`.
 * - linli_app reads and writes jobs (`job`, partitioned per queue: privileges are checked on the
 *   parent), the archive and the maintenance timestamps (`version`), and only reads queues and
 *   schedules: those are made at start-up by the owner (a queue is a partition: DDL).
 */
export class Migration20261203190421_jobs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "job_schedule_tick" ("name" text not null, "tick" timestamptz not null, constraint "job_schedule_tick_pkey" primary key ("name"));`);

    // ---- pg-boss 10.4.2, schema version 24 ----
    this.addSql(`
      CREATE SCHEMA IF NOT EXISTS pgboss
        ;

          CREATE TYPE pgboss.job_state AS ENUM (
            'created',
            'retry',
            'active',
            'completed',
            'cancelled',
            'failed'
          )
        ;

          CREATE TABLE pgboss.version (
            version int primary key,
            maintained_on timestamp with time zone,
            cron_on timestamp with time zone,
            monitored_on timestamp with time zone
          )
        ;

          CREATE TABLE pgboss.queue (
            name text,
            policy text,
            retry_limit int,
            retry_delay int,
            retry_backoff bool,
            expire_seconds int,
            retention_minutes int,
            dead_letter text REFERENCES pgboss.queue (name),
            partition_name text,
            created_on timestamp with time zone not null default now(),
            updated_on timestamp with time zone not null default now(),
            PRIMARY KEY (name)
          )
        ;

          CREATE TABLE pgboss.schedule (
            name text REFERENCES pgboss.queue ON DELETE CASCADE,
            cron text not null,
            timezone text,
            data jsonb,
            options jsonb,
            created_on timestamp with time zone not null default now(),
            updated_on timestamp with time zone not null default now(),
            PRIMARY KEY (name)
          )
        ;

          CREATE TABLE pgboss.subscription (
            event text not null,
            name text not null REFERENCES pgboss.queue ON DELETE CASCADE,
            created_on timestamp with time zone not null default now(),
            updated_on timestamp with time zone not null default now(),
            PRIMARY KEY(event, name)
          )
        ;

          CREATE TABLE pgboss.job (
            id uuid not null default gen_random_uuid(),
            name text not null,
            priority integer not null default(0),
            data jsonb,
            state pgboss.job_state not null default('created'),
            retry_limit integer not null default(2),
            retry_count integer not null default(0),
            retry_delay integer not null default(0),
            retry_backoff boolean not null default false,
            start_after timestamp with time zone not null default now(),
            started_on timestamp with time zone,
            singleton_key text,
            singleton_on timestamp without time zone,
            expire_in interval not null default interval '15 minutes',
            created_on timestamp with time zone not null default now(),
            completed_on timestamp with time zone,
            keep_until timestamp with time zone NOT NULL default now() + interval '14 days',
            output jsonb,
            dead_letter text,
            policy text
          ) PARTITION BY LIST (name)
        ;
      ALTER TABLE pgboss.job ADD PRIMARY KEY (name, id);
      CREATE TABLE pgboss.archive (LIKE pgboss.job);
      ALTER TABLE pgboss.archive ADD PRIMARY KEY (name, id);
      ALTER TABLE pgboss.archive ADD archived_on timestamptz NOT NULL DEFAULT now();
      CREATE INDEX archive_i1 ON pgboss.archive(archived_on);

          CREATE FUNCTION pgboss.create_queue(queue_name text, options json)
          RETURNS VOID AS
          $$
          DECLARE
            table_name varchar := 'j' || encode(sha224(queue_name::bytea), 'hex');
            queue_created_on timestamptz;
          BEGIN

            WITH q as (
            INSERT INTO pgboss.queue (
              name,
              policy,
              retry_limit,
              retry_delay,
              retry_backoff,
              expire_seconds,
              retention_minutes,
              dead_letter,
              partition_name
            )
            VALUES (
              queue_name,
              options->>'policy',
              (options->>'retryLimit')::int,
              (options->>'retryDelay')::int,
              (options->>'retryBackoff')::bool,
              (options->>'expireInSeconds')::int,
              (options->>'retentionMinutes')::int,
              options->>'deadLetter',
              table_name
            )
            ON CONFLICT DO NOTHING
            RETURNING created_on
            )
            SELECT created_on into queue_created_on from q;

            IF queue_created_on IS NULL THEN
              RETURN;
            END IF;

            EXECUTE format('CREATE TABLE pgboss.%I (LIKE pgboss.job INCLUDING DEFAULTS)', table_name);

            EXECUTE format('ALTER TABLE pgboss.%1$I ADD PRIMARY KEY (name, id)', table_name);
            EXECUTE format('ALTER TABLE pgboss.%1$I ADD CONSTRAINT q_fkey FOREIGN KEY (name) REFERENCES pgboss.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED', table_name);
            EXECUTE format('ALTER TABLE pgboss.%1$I ADD CONSTRAINT dlq_fkey FOREIGN KEY (dead_letter) REFERENCES pgboss.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED', table_name);
            EXECUTE format('CREATE UNIQUE INDEX %1$s_i1 ON pgboss.%1$I (name, COALESCE(singleton_key, '''')) WHERE state = ''created'' AND policy = ''short''', table_name);
            EXECUTE format('CREATE UNIQUE INDEX %1$s_i2 ON pgboss.%1$I (name, COALESCE(singleton_key, '''')) WHERE state = ''active'' AND policy = ''singleton''', table_name);
            EXECUTE format('CREATE UNIQUE INDEX %1$s_i3 ON pgboss.%1$I (name, state, COALESCE(singleton_key, '''')) WHERE state <= ''active'' AND policy = ''stately''', table_name);
            EXECUTE format('CREATE UNIQUE INDEX %1$s_i4 ON pgboss.%1$I (name, singleton_on, COALESCE(singleton_key, '''')) WHERE state <> ''cancelled'' AND singleton_on IS NOT NULL', table_name);
            EXECUTE format('CREATE INDEX %1$s_i5 ON pgboss.%1$I (name, start_after) INCLUDE (priority, created_on, id) WHERE state < ''active''', table_name);

            EXECUTE format('ALTER TABLE pgboss.%I ADD CONSTRAINT cjc CHECK (name=%L)', table_name, queue_name);
            EXECUTE format('ALTER TABLE pgboss.job ATTACH PARTITION pgboss.%I FOR VALUES IN (%L)', table_name, queue_name);
          END;
          $$
          LANGUAGE plpgsql;
        ;

          CREATE FUNCTION pgboss.delete_queue(queue_name text)
          RETURNS VOID AS
          $$
          DECLARE
            table_name varchar;
          BEGIN
            WITH deleted as (
              DELETE FROM pgboss.queue
              WHERE name = queue_name
              RETURNING partition_name
            )
            SELECT partition_name from deleted INTO table_name;

            EXECUTE format('DROP TABLE IF EXISTS pgboss.%I', table_name);
          END;
          $$
          LANGUAGE plpgsql;
        ;
      INSERT INTO pgboss.version(version) VALUES ('24');
    `);
    // pg-boss's own queue for schedule ticks (its timekeeper would make it at start, as linli_app: refused).
    this.addSql(`SELECT pgboss.create_queue('__pgboss__send-it', '{"policy":"standard"}'::json);`);
    this.addSql(`GRANT USAGE ON SCHEMA pgboss TO linli_app;`);
    this.addSql(`GRANT SELECT, INSERT, UPDATE, DELETE ON pgboss.job TO linli_app;`);
    this.addSql(`GRANT SELECT, INSERT, DELETE ON pgboss.archive TO linli_app;`);
    this.addSql(`GRANT SELECT, UPDATE ON pgboss.version TO linli_app;`);
    this.addSql(`GRANT SELECT ON pgboss.queue, pgboss.schedule, pgboss.subscription TO linli_app;`);
    this.addSql(`REVOKE ALL ON FUNCTION pgboss.create_queue(text, json), pgboss.delete_queue(text) FROM PUBLIC;`);

    // ---- every community, for a job's walk (JobRun.forEachCommunity) ----
    this.addSql(`CREATE FUNCTION linli_job_communities() RETURNS TABLE (id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $fn$ SELECT c.id FROM community c ORDER BY c.created_at, c.id $fn$;`);
    this.addSql(`REVOKE ALL ON FUNCTION linli_job_communities() FROM PUBLIC;`);
    this.addSql(`GRANT EXECUTE ON FUNCTION linli_job_communities() TO linli_app;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP FUNCTION IF EXISTS linli_job_communities();`);
    this.addSql(`DROP SCHEMA IF EXISTS pgboss CASCADE;`);
    this.addSql(`drop table if exists "job_schedule_tick" cascade;`);
  }
}
