import { Migration } from '@mikro-orm/migrations';
import { tenantTables } from './tenant-tables.js';

/** The meeting module's tables. */
const MEETING_TABLES = ['council_member', 'meeting', 'meeting_invitee', 'agenda_item', 'meeting_vote', 'meeting_action', 'meeting_attendance'];

/**
 * Meetings (council, parents', quarterly), the council's seats, agendas with timers, votes
 * (append only), actions and attendance; row-level security on every table.
 */
export class Migration20261203224415_meetings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "meeting" ("id" uuid not null, "community_id" uuid not null, "kind" text check ("kind" in ('COUNCIL', 'PARENTS', 'QUARTERLY', 'OTHER')) not null, "title" text not null, "round" text null, "day" date not null, "planned_day" date not null, "moved_reason" text null, "place" text null, "status" text check ("status" in ('PLANNED', 'LIVE', 'CLOSED')) not null default 'PLANNED', "current_item_id" uuid null, "chair_staff_id" uuid null, "started_at" timestamptz null, "closed_at" timestamptz null, "version" int not null default 1, "created_by" uuid null, "created_at" timestamptz not null default now(), constraint "meeting_pkey" primary key ("id"), constraint meeting_title_length check (length(title) >= 1 and length(title) <= 100), constraint meeting_version_positive check (version >= 1), constraint meeting_current_item_live check (current_item_id is null or status = 'LIVE'), constraint meeting_closed check ((status = 'CLOSED') = (closed_at is not null)), constraint meeting_started check ((status = 'PLANNED') = (started_at is null)), constraint meeting_round_format check (round is null or round ~ '^[0-9]{4}-(0[1-9]|1[0-2])\$'), constraint meeting_round_of_council check ((kind = 'COUNCIL') = (round is not null)));`);
    this.addSql(`create index "meeting_community_id_day_index" on "meeting" ("community_id", "day");`);
    this.addSql(`create unique index "meeting_one_per_round" on "meeting" ("community_id", "kind", "round") where "round" is not null;`);

    this.addSql(`create table "agenda_item" ("id" uuid not null, "community_id" uuid not null, "meeting_id" uuid not null, "position" int not null, "title" text not null, "matter_id" uuid null, "matter_ref" text null, "time_box_minutes" int not null default 10, "status" text check ("status" in ('PENDING', 'CURRENT', 'DONE')) not null default 'PENDING', "timer_running_since" timestamptz null, "timer_used_ms" int not null default 0, "outcome" text check ("outcome" in ('ADOPTED', 'NOT_ADOPTED', 'DEFERRED')) null, "decision" text null, "discussion" text null, "created_at" timestamptz not null default now(), constraint "agenda_item_pkey" primary key ("id"), constraint agenda_item_title_length check (length(title) >= 1 and length(title) <= 200), constraint agenda_item_pending check (status <> 'PENDING' or (outcome is null and timer_used_ms = 0)), constraint agenda_item_timer check (timer_used_ms >= 0 and (timer_running_since is null or status = 'CURRENT')), constraint agenda_item_time_box check (time_box_minutes >= 1 and time_box_minutes <= 240), constraint agenda_item_matter check ((matter_id is null) = (matter_ref is null)));`);
    this.addSql(`create index "agenda_item_meeting_id_position_index" on "agenda_item" ("meeting_id", "position");`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_matter_id_unique" unique ("meeting_id", "matter_id");`);
    this.addSql(`create unique index "agenda_item_one_current" on "agenda_item" ("meeting_id") where "status" = 'CURRENT';`);

    this.addSql(`create table "meeting_action" ("id" uuid not null, "community_id" uuid not null, "meeting_id" uuid not null, "item_id" uuid not null, "what" text not null, "owner_name" text not null, "owner_staff_id" uuid null, "due" date null, "recorded_by" uuid not null, "at" timestamptz not null default now(), constraint "meeting_action_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_action_meeting_id_at_index" on "meeting_action" ("meeting_id", "at");`);

    this.addSql(`create table "meeting_vote" ("id" uuid not null, "community_id" uuid not null, "meeting_id" uuid not null, "item_id" uuid not null, "question" text not null, "votes_for" int not null, "votes_against" int not null, "votes_abstain" int not null, "present" int not null, "quorum_met" boolean not null, "carried" boolean not null, "recorded_by" uuid not null, "at" timestamptz not null default now(), constraint "meeting_vote_pkey" primary key ("id"), constraint meeting_vote_carried check (not carried or (quorum_met and 2 * votes_for > votes_for + votes_against + votes_abstain)), constraint meeting_vote_counts check (votes_for >= 0 and votes_against >= 0 and votes_abstain >= 0 and present >= 0));`);
    this.addSql(`create index "meeting_vote_meeting_id_at_index" on "meeting_vote" ("meeting_id", "at");`);

    this.addSql(`create table "meeting_invitee" ("id" uuid not null, "community_id" uuid not null, "meeting_id" uuid not null, "resident_id" uuid null, "party_id" text null, "party_name" text null, "created_at" timestamptz not null default now(), constraint "meeting_invitee_pkey" primary key ("id"), constraint meeting_invitee_one_kind check ((resident_id is null) <> (party_id is null) and (party_id is null) = (party_name is null)));`);
    this.addSql(`alter table "meeting_invitee" add constraint "meeting_invitee_meeting_id_party_id_unique" unique ("meeting_id", "party_id");`);
    this.addSql(`alter table "meeting_invitee" add constraint "meeting_invitee_meeting_id_resident_id_unique" unique ("meeting_id", "resident_id");`);

    this.addSql(`create table "meeting_attendance" ("id" uuid not null, "community_id" uuid not null, "meeting_id" uuid not null, "resident_id" uuid not null, "via" text check ("via" in ('KIOSK', 'CARD', 'STAFF')) not null, "by_staff_id" uuid null, "at" timestamptz not null default now(), constraint "meeting_attendance_pkey" primary key ("id"), constraint meeting_attendance_by check ((via = 'KIOSK') = (by_staff_id is null)));`);
    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_meeting_id_resident_id_unique" unique ("meeting_id", "resident_id");`);

    this.addSql(`create table "council_member" ("id" uuid not null, "community_id" uuid not null, "resident_id" uuid not null, "role" text check ("role" in ('CHAIR', 'MEMBER')) not null default 'MEMBER', "since" date not null, "until" date null, "created_at" timestamptz not null default now(), constraint "council_member_pkey" primary key ("id"), constraint council_member_dates check (until is null or until >= since));`);
    this.addSql(`create unique index "council_member_one_chair" on "council_member" ("community_id") where "role" = 'CHAIR' and "until" is null;`);
    this.addSql(`create unique index "council_member_one_seat" on "council_member" ("community_id", "resident_id") where "until" is null;`);

    this.addSql(`alter table "meeting" add constraint "meeting_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "agenda_item" add constraint "agenda_item_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "meeting_action" add constraint "meeting_action_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "meeting_action" add constraint "meeting_action_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade;`);
    this.addSql(`alter table "meeting_action" add constraint "meeting_action_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade;`);

    this.addSql(`alter table "meeting_vote" add constraint "meeting_vote_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "meeting_vote" add constraint "meeting_vote_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade;`);
    this.addSql(`alter table "meeting_vote" add constraint "meeting_vote_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade;`);

    this.addSql(`alter table "meeting_invitee" add constraint "meeting_invitee_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "meeting_invitee" add constraint "meeting_invitee_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meeting_invitee" add constraint "meeting_invitee_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade;`);
    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`);

    this.addSql(`alter table "council_member" add constraint "council_member_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "council_member" add constraint "council_member_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`);
    // Row-level security, as every tenant table has it (see the audit_log migration).
    for (const statement of tenantTables(MEETING_TABLES)) this.addSql(statement);
    // The live state is never impossible, whatever writes it: checked at commit (deferred, so the
    // statements of one chair action may come in any order), a meeting that is not live has no
    // current item, and a live one's current_item_id names exactly its one CURRENT item.
    this.addSql(`CREATE FUNCTION meeting_check_live_state(meeting_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        m record;
        n int;
        cur text;
      BEGIN
        SELECT status, current_item_id INTO m FROM meeting WHERE id = meeting_id;
        IF NOT FOUND THEN RETURN; END IF;
        SELECT count(*), max(id::text) INTO n, cur FROM agenda_item i WHERE i.meeting_id = meeting_check_live_state.meeting_id AND i.status = 'CURRENT';
        IF m.status <> 'LIVE' AND n > 0 THEN
          RAISE EXCEPTION 'meeting %: % with a current item', meeting_id, m.status USING ERRCODE = 'check_violation';
        END IF;
        IF m.current_item_id::text IS DISTINCT FROM cur THEN
          RAISE EXCEPTION 'meeting %: current_item_id is not its current item', meeting_id USING ERRCODE = 'check_violation';
        END IF;
      END $$;`);
    this.addSql(`CREATE FUNCTION meeting_live_state_of_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM meeting_check_live_state(NEW.id); RETURN NULL; END $$;`);
    this.addSql(`CREATE FUNCTION meeting_live_state_of_item() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM meeting_check_live_state(NEW.meeting_id); RETURN NULL; END $$;`);
    this.addSql(`CREATE CONSTRAINT TRIGGER meeting_live_state AFTER INSERT OR UPDATE ON "meeting"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION meeting_live_state_of_meeting();`);
    this.addSql(`CREATE CONSTRAINT TRIGGER agenda_item_live_state AFTER INSERT OR UPDATE ON "agenda_item"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION meeting_live_state_of_item();`);
    // Votes are the record of a show of hands: append only (a correction is a new vote).
    this.addSql(`REVOKE UPDATE, DELETE, TRUNCATE ON "meeting_vote" FROM linli_app;`);
    this.addSql(`CREATE TRIGGER meeting_vote_append_only BEFORE UPDATE OR DELETE ON "meeting_vote"
      FOR EACH ROW EXECUTE FUNCTION linli_append_only();`);
    this.addSql(`CREATE TRIGGER meeting_vote_no_truncate BEFORE TRUNCATE ON "meeting_vote"
      FOR EACH STATEMENT EXECUTE FUNCTION linli_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_action" drop constraint "meeting_action_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_vote" drop constraint "meeting_vote_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_invitee" drop constraint "meeting_invitee_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_attendance" drop constraint "meeting_attendance_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_action" drop constraint "meeting_action_item_id_foreign";`);

    this.addSql(`alter table "meeting_vote" drop constraint "meeting_vote_item_id_foreign";`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "agenda_item" cascade;`);

    this.addSql(`drop table if exists "meeting_action" cascade;`);

    this.addSql(`drop table if exists "meeting_vote" cascade;`);

    this.addSql(`drop table if exists "meeting_invitee" cascade;`);

    this.addSql(`drop table if exists "meeting_attendance" cascade;`);

    this.addSql(`drop table if exists "council_member" cascade;`);
    this.addSql(`DROP FUNCTION IF EXISTS meeting_live_state_of_meeting();`);
    this.addSql(`DROP FUNCTION IF EXISTS meeting_live_state_of_item();`);
    this.addSql(`DROP FUNCTION IF EXISTS meeting_check_live_state(uuid);`);
  }

}
