import { notifySql } from '../../platform/pubsub.js';
import { sql, type Timestamp } from '../../platform/sql.js';
import type {
  AgendaItemStatus,
  CheckInVia,
  CouncilRole,
  ItemOutcome,
  MeetingKind,
  MeetingStatus,
} from './meeting.entity.js';
import { MEETING_CHANGED } from './meeting.events.js';

/**
 * The meeting module's raw SQL. It reads `resident` and `building` (names on the council, the
 * invitees, the minutes) and `staff_user` (the chair's name), which their modules let others read.
 * Every change of what the screen shows goes through `BUMP` / `BUMP_GUARDED`, which raise the
 * meeting's version and publish MEETING_CHANGED in the same statement (so in the change's
 * transaction); the guarded one is the chair's compare-and-set on the version read.
 */

export interface MeetingRow {
  id: string;
  community_id: string;
  kind: MeetingKind;
  title: string;
  round: string | null;
  day: string;
  planned_day: string;
  moved_reason: string | null;
  place: string | null;
  status: MeetingStatus;
  current_item_id: string | null;
  chair_staff_id: string | null;
  chair_name: string | null;
  started_at: Timestamp | null;
  closed_at: Timestamp | null;
  version: number;
}

const CHANGED = notifySql(MEETING_CHANGED, {
  communityId: 'm.community_id',
  meetingId: 'm.id',
  version: 'm.version',
});

const MEETING_COLUMNS = `m.id, m.community_id, m.kind, m.title, m.round, to_char(m.day, 'YYYY-MM-DD') AS day,
  to_char(m.planned_day, 'YYYY-MM-DD') AS planned_day, m.moved_reason, m.place, m.status, m.current_item_id,
  m.chair_staff_id, m.started_at, m.closed_at, m.version`;

/** The meeting's version raised by one, whoever read what (attendance, a system job), and its event. */
export const BUMP = sql<{ id: string }, MeetingRow>(
  'meeting_bump',
  `WITH m AS (UPDATE meeting SET version = version + 1 WHERE id = :id AND community_id = :community RETURNING *)
   SELECT ${MEETING_COLUMNS}, NULL AS chair_name, ${CHANGED} AS notified FROM m`,
);

/**
 * The chair's compare-and-set: raises the version only if it is still the one the caller read.
 * The UPDATE locks the row, so a second caller with the same version waits, then finds it moved
 * and changes nothing (no row).
 */
export const BUMP_GUARDED = sql<{ id: string; version: number }, MeetingRow>(
  'meeting_bump_guarded',
  `WITH m AS (UPDATE meeting SET version = version + 1
               WHERE id = :id AND community_id = :community AND version = :version RETURNING *)
   SELECT ${MEETING_COLUMNS}, NULL AS chair_name, ${CHANGED} AS notified FROM m`,
);

export const MEETING = sql<{ id: string }, MeetingRow>(
  'meeting_one',
  `SELECT ${MEETING_COLUMNS}, s.display_name AS chair_name
     FROM meeting m LEFT JOIN staff_user s ON s.id = m.chair_staff_id
    WHERE m.id = :id AND m.community_id = :community`,
);

export const MEETINGS = sql<{ from: string; until: string }, MeetingRow & { items: number; attendees: number }>(
  'meeting_list',
  `SELECT ${MEETING_COLUMNS}, s.display_name AS chair_name,
          (SELECT count(*)::int FROM agenda_item i WHERE i.meeting_id = m.id) AS items,
          (SELECT count(*)::int FROM meeting_attendance a WHERE a.meeting_id = m.id) AS attendees
     FROM meeting m LEFT JOIN staff_user s ON s.id = m.chair_staff_id
    WHERE m.community_id = :community AND m.day >= :from::date AND m.day <= :until::date
    ORDER BY m.day, m.created_at LIMIT 500`,
);

/**
 * Today's meeting running now (the latest started; one left running from another day is not
 * today's), else the next planned from today.
 */
export const CURRENT_MEETING = sql<{ today: string }, { id: string }>(
  'meeting_current',
  `SELECT id FROM (
     (SELECT id, 1 AS rank FROM meeting WHERE community_id = :community AND status = 'LIVE'
        AND (day = :today::date OR (started_at AT TIME ZONE 'Asia/Shanghai')::date = :today::date)
      ORDER BY started_at DESC LIMIT 1)
     UNION ALL
     (SELECT id, 2 FROM meeting WHERE community_id = :community AND status = 'PLANNED' AND day = :today::date
      ORDER BY created_at LIMIT 1)
     UNION ALL
     (SELECT id, 3 FROM meeting WHERE community_id = :community AND status = 'CLOSED'
        AND (closed_at AT TIME ZONE 'Asia/Shanghai')::date = :today::date
      ORDER BY closed_at DESC LIMIT 1)
     UNION ALL
     (SELECT id, 4 FROM meeting WHERE community_id = :community AND status = 'PLANNED' AND day > :today::date
      ORDER BY day, created_at LIMIT 1)
   ) found ORDER BY rank LIMIT 1`,
);

export const INSERT_MEETING = sql<
  {
    id: string;
    kind: MeetingKind;
    title: string;
    round: string | null;
    day: string;
    plannedDay: string;
    movedReason: string | null;
    place: string | null;
    staff: string | null;
  },
  { id: string }
>(
  'meeting_insert',
  `INSERT INTO meeting (id, community_id, kind, title, round, day, planned_day, moved_reason, place, status, version, created_by, created_at)
   VALUES (:id, :community, :kind, :title, :round, :day::date, :plannedDay::date, :movedReason, :place, 'PLANNED', 1, :staff, now())
   ON CONFLICT DO NOTHING RETURNING id`,
);

export const MEETING_OF_ROUND = sql<{ kind: MeetingKind; round: string }, { id: string }>(
  'meeting_of_round',
  `SELECT id FROM meeting WHERE community_id = :community AND kind = :kind AND round = :round`,
);

/** The next council meeting still to be held (planned, from today). */
export const NEXT_COUNCIL = sql<{ today: string }, { id: string }>(
  'meeting_next_council',
  `SELECT id FROM meeting WHERE community_id = :community AND kind = 'COUNCIL' AND status = 'PLANNED'
      AND day >= :today::date ORDER BY day LIMIT 1`,
);

export const UPDATE_MEETING = sql<
  { id: string; title: string; day: string; place: string | null; movedReason: string | null },
  unknown
>(
  'meeting_update',
  `UPDATE meeting SET title = :title, day = :day::date, place = :place, moved_reason = :movedReason
    WHERE id = :id AND community_id = :community`,
);

// ---- chair ----

export const START = sql<{ id: string; staff: string }, { current: string | null }>(
  'meeting_start',
  `WITH first AS (SELECT id FROM agenda_item WHERE meeting_id = :id AND status = 'PENDING'
                   ORDER BY position, created_at LIMIT 1),
        item AS (UPDATE agenda_item SET status = 'CURRENT' WHERE id IN (SELECT id FROM first) RETURNING id)
   UPDATE meeting SET status = 'LIVE', started_at = now(), chair_staff_id = :staff,
          current_item_id = (SELECT id FROM item)
    WHERE id = :id AND community_id = :community AND status = 'PLANNED'
   RETURNING current_item_id AS current`,
);

/** Stops an item's timer at :now (adding the time it ran) and marks it DONE. */
export const FINISH_ITEM = sql<{ id: string; now: string }, unknown>(
  'meeting_finish_item',
  `UPDATE agenda_item SET status = 'DONE',
          timer_used_ms = timer_used_ms + CASE WHEN timer_running_since IS NULL THEN 0
            ELSE greatest(0, round(extract(epoch FROM (:now::timestamptz - timer_running_since)) * 1000))::int END,
          timer_running_since = NULL
    WHERE id = :id AND community_id = :community AND status = 'CURRENT'`,
);

/** Makes the first pending item current and points the meeting at it (or at none). */
export const ADVANCE = sql<{ id: string }, { current: string | null }>(
  'meeting_advance',
  `WITH next AS (SELECT id FROM agenda_item WHERE meeting_id = :id AND status = 'PENDING'
                   ORDER BY position, created_at LIMIT 1),
        item AS (UPDATE agenda_item SET status = 'CURRENT' WHERE id IN (SELECT id FROM next) RETURNING id)
   UPDATE meeting SET current_item_id = (SELECT id FROM item)
    WHERE id = :id AND community_id = :community AND status = 'LIVE'
   RETURNING current_item_id AS current`,
);

export const CLOSE = sql<{ id: string }, { id: string }>(
  'meeting_close',
  `UPDATE meeting SET status = 'CLOSED', closed_at = now(), current_item_id = NULL
    WHERE id = :id AND community_id = :community AND status = 'LIVE' RETURNING id`,
);

/**
 * The chair's timer press as one statement (its own transaction; a prepared statement): the
 * version read checked and raised — the meeting row locked first, as in every change — the
 * current item's timer started (:start) or paused at :now, and MEETING_CHANGED sent. No row:
 * nothing changed (another version, a meeting not live, no current item, or the timer in that
 * state already); the caller reads which. Every write of an item's status or timer raises its
 * meeting's version first in the same transaction, so when the version guard holds, the item as
 * this statement reads it is the item as it is.
 */
export const TIMER = sql<
  { id: string; version: number; start: boolean; now: string },
  { version: number; timed: number; notified: unknown }
>(
  'meeting_timer',
  `WITH m AS (UPDATE meeting SET version = version + 1
               WHERE id = :id AND community_id = :community AND version = :version AND status = 'LIVE'
                 AND current_item_id IN (SELECT id FROM agenda_item
                       WHERE community_id = :community AND status = 'CURRENT'
                         AND (timer_running_since IS NULL) = :start::boolean)
              RETURNING *),
        t AS (UPDATE agenda_item SET
                timer_used_ms = CASE WHEN :start::boolean THEN timer_used_ms ELSE timer_used_ms
                  + greatest(0, round(extract(epoch FROM (:now::timestamptz - timer_running_since)) * 1000))::int END,
                timer_running_since = CASE WHEN :start::boolean THEN :now::timestamptz END
              WHERE id = (SELECT current_item_id FROM m) AND community_id = :community
              RETURNING id)
   SELECT m.version, (SELECT count(*)::int FROM t) AS timed, ${CHANGED} AS notified FROM m`,
);

// ---- agenda ----

export interface ItemRow {
  id: string;
  meeting_id: string;
  position: number;
  title: string;
  matter_id: string | null;
  matter_ref: string | null;
  time_box_minutes: number;
  status: AgendaItemStatus;
  timer_running_since: Timestamp | null;
  timer_used_ms: number;
  outcome: ItemOutcome | null;
  decision: string | null;
  discussion: string | null;
}

export const ITEMS = sql<{ meeting: string }, ItemRow>(
  'meeting_items',
  `SELECT id, meeting_id, position, title, matter_id, matter_ref, time_box_minutes, status, timer_running_since,
          timer_used_ms, outcome, decision, discussion
     FROM agenda_item WHERE meeting_id = :meeting AND community_id = :community ORDER BY position, created_at`,
);

export const ITEM = sql<{ id: string; meeting: string }, ItemRow>(
  'meeting_item',
  `SELECT id, meeting_id, position, title, matter_id, matter_ref, time_box_minutes, status, timer_running_since,
          timer_used_ms, outcome, decision, discussion
     FROM agenda_item WHERE id = :id AND meeting_id = :meeting AND community_id = :community`,
);

export const ADD_ITEM = sql<
  { meeting: string; title: string; matterId: string | null; matterRef: string | null; minutes: number },
  { id: string }
>(
  'meeting_add_item',
  `INSERT INTO agenda_item (id, community_id, meeting_id, position, title, matter_id, matter_ref, time_box_minutes, status, timer_used_ms, created_at)
   VALUES (gen_random_uuid(), :community, :meeting,
           (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = :meeting),
           :title, :matterId::uuid, :matterRef, :minutes, 'PENDING', 0, now())
   ON CONFLICT (meeting_id, matter_id) DO NOTHING RETURNING id`,
);

export const REMOVE_ITEM = sql<{ id: string; meeting: string }, { id: string }>(
  'meeting_remove_item',
  `DELETE FROM agenda_item WHERE id = :id AND meeting_id = :meeting AND community_id = :community
      AND status = 'PENDING' RETURNING id`,
);

/** New positions from the full list of the agenda's ids (JSON array), 1, 2, 3 … in its order. */
export const REORDER = sql<{ meeting: string; ids: string }, { id: string }>(
  'meeting_reorder',
  `UPDATE agenda_item i SET position = o.n
     FROM jsonb_array_elements_text(:ids::jsonb) WITH ORDINALITY AS o(id, n)
    WHERE i.id::text = o.id AND i.meeting_id = :meeting AND i.community_id = :community RETURNING i.id`,
);

export const TIME_BOX = sql<{ id: string; meeting: string; minutes: number }, { id: string }>(
  'meeting_time_box',
  `UPDATE agenda_item SET time_box_minutes = :minutes
    WHERE id = :id AND meeting_id = :meeting AND community_id = :community AND status <> 'DONE' RETURNING id`,
);

export const DECIDE = sql<
  { id: string; outcome: ItemOutcome; decision: string; discussion: string | null },
  { id: string }
>(
  'meeting_decide',
  `UPDATE agenda_item SET outcome = :outcome, decision = :decision, discussion = coalesce(:discussion, discussion)
    WHERE id = :id AND community_id = :community AND status IN ('CURRENT', 'DONE') RETURNING id`,
);

// ---- votes, actions ----

export interface VoteRow {
  id: string;
  item_id: string;
  question: string;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  present: number;
  quorum_met: boolean;
  carried: boolean;
  at: Timestamp;
}

export const INSERT_VOTE = sql<
  {
    meeting: string;
    item: string;
    question: string;
    for: number;
    against: number;
    abstain: number;
    present: number;
    quorumMet: boolean;
    carried: boolean;
    staff: string;
  },
  { id: string }
>(
  'meeting_insert_vote',
  `INSERT INTO meeting_vote (id, community_id, meeting_id, item_id, question, votes_for, votes_against, votes_abstain,
                             present, quorum_met, carried, recorded_by, at)
   VALUES (gen_random_uuid(), :community, :meeting, :item, :question, :for, :against, :abstain, :present, :quorumMet,
           :carried, :staff, clock_timestamp()) RETURNING id`,
);

export const VOTES = sql<{ meeting: string }, VoteRow>(
  'meeting_votes',
  `SELECT id, item_id, question, votes_for, votes_against, votes_abstain, present, quorum_met, carried, at
     FROM meeting_vote WHERE meeting_id = :meeting AND community_id = :community ORDER BY at, id`,
);

export interface ActionRow {
  id: string;
  item_id: string;
  what: string;
  owner_name: string;
  owner_staff_id: string | null;
  due: string | null;
  at: Timestamp;
}

export const INSERT_ACTION = sql<
  {
    meeting: string;
    item: string;
    what: string;
    ownerName: string;
    ownerStaffId: string | null;
    due: string | null;
    staff: string;
  },
  { id: string }
>(
  'meeting_insert_action',
  `INSERT INTO meeting_action (id, community_id, meeting_id, item_id, what, owner_name, owner_staff_id, due, recorded_by, at)
   VALUES (gen_random_uuid(), :community, :meeting, :item, :what, :ownerName, :ownerStaffId::uuid, :due::date, :staff,
           clock_timestamp()) RETURNING id`,
);

export const ACTIONS = sql<{ meeting: string }, ActionRow>(
  'meeting_actions',
  `SELECT id, item_id, what, owner_name, owner_staff_id, to_char(due, 'YYYY-MM-DD') AS due, at
     FROM meeting_action WHERE meeting_id = :meeting AND community_id = :community ORDER BY at, id`,
);

/** A staff member of the community (an action's owner). */
export const STAFF_MEMBER = sql<{ id: string }, { id: string; display_name: string }>(
  'meeting_staff_member',
  `SELECT id, display_name FROM staff_user WHERE id = :id AND community_id = :community`,
);

// ---- council ----

export interface MemberRow {
  id: string;
  resident_id: string;
  name: string;
  building: number;
  role: CouncilRole;
  since: string;
  until: string | null;
}

export const COUNCIL = sql<{ all: boolean }, MemberRow>(
  'meeting_council',
  `SELECT c.id, c.resident_id, r.name, b.number AS building, c.role, to_char(c.since, 'YYYY-MM-DD') AS since,
          to_char(c.until, 'YYYY-MM-DD') AS until
     FROM council_member c JOIN resident r ON r.id = c.resident_id JOIN building b ON b.id = r.building_id
    WHERE c.community_id = :community AND (:all OR c.until IS NULL)
    ORDER BY c.until IS NOT NULL, c.role, c.since, r.name`,
);

export const ADD_MEMBER = sql<{ resident: string; role: CouncilRole; since: string }, { id: string }>(
  'meeting_add_member',
  `INSERT INTO council_member (id, community_id, resident_id, role, since, created_at)
   VALUES (gen_random_uuid(), :community, :resident, :role, :since::date, now()) RETURNING id`,
);

export const END_MEMBER = sql<{ id: string; today: string }, { id: string }>(
  'meeting_end_member',
  `UPDATE council_member SET until = greatest(since, :today::date)
    WHERE id = :id AND community_id = :community AND until IS NULL RETURNING id`,
);

/**
 * The council on the meeting's day (seats that began by then and had not ended), and how many of
 * them checked in to the meeting.
 */
export const QUORUM = sql<{ meeting: string; day: string }, { size: number; present: number }>(
  'meeting_quorum',
  `SELECT count(*)::int AS size, count(a.id)::int AS present
     FROM council_member c LEFT JOIN meeting_attendance a ON a.meeting_id = :meeting AND a.resident_id = c.resident_id
    WHERE c.community_id = :community AND c.since <= :day::date AND (c.until IS NULL OR c.until > :day::date)`,
);

export const ATTENDEE_COUNT = sql<{ meeting: string }, { n: number }>(
  'meeting_attendee_count',
  `SELECT count(*)::int AS n FROM meeting_attendance WHERE meeting_id = :meeting AND community_id = :community`,
);

// ---- invitees ----

export interface InviteeRow {
  id: string;
  resident_id: string | null;
  name: string;
  building: number | null;
  party_id: string | null;
  council_role: CouncilRole | null;
  present: boolean;
}

export const INVITEES = sql<{ meeting: string; day: string }, InviteeRow>(
  'meeting_invitees',
  `SELECT i.id, i.resident_id, coalesce(r.name, i.party_name) AS name, b.number AS building, i.party_id,
          (SELECT c.role FROM council_member c WHERE c.resident_id = i.resident_id AND c.community_id = i.community_id
              AND c.since <= :day::date AND (c.until IS NULL OR c.until > :day::date) LIMIT 1) AS council_role,
          EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = i.meeting_id AND a.resident_id = i.resident_id)
            AS present
     FROM meeting_invitee i LEFT JOIN resident r ON r.id = i.resident_id LEFT JOIN building b ON b.id = r.building_id
    WHERE i.meeting_id = :meeting AND i.community_id = :community
    ORDER BY i.party_id IS NOT NULL, i.created_at, i.id`,
);

export const INVITE_RESIDENT = sql<{ meeting: string; resident: string }, { id: string }>(
  'meeting_invite_resident',
  `INSERT INTO meeting_invitee (id, community_id, meeting_id, resident_id, created_at)
   VALUES (gen_random_uuid(), :community, :meeting, :resident, clock_timestamp())
   ON CONFLICT DO NOTHING RETURNING id`,
);

export const INVITE_PARTY = sql<{ meeting: string; party: string; name: string }, { id: string }>(
  'meeting_invite_party',
  `INSERT INTO meeting_invitee (id, community_id, meeting_id, party_id, party_name, created_at)
   VALUES (gen_random_uuid(), :community, :meeting, :party, :name, clock_timestamp())
   ON CONFLICT DO NOTHING RETURNING id`,
);

/** Every sitting council member invited (those invited already are left as they are). */
export const INVITE_COUNCIL = sql<{ meeting: string; day: string }, { id: string }>(
  'meeting_invite_council',
  `INSERT INTO meeting_invitee (id, community_id, meeting_id, resident_id, created_at)
   SELECT gen_random_uuid(), :community, :meeting, c.resident_id, clock_timestamp()
     FROM council_member c
    WHERE c.community_id = :community AND c.since <= :day::date AND (c.until IS NULL OR c.until > :day::date)
   ON CONFLICT DO NOTHING RETURNING id`,
);

export const REMOVE_INVITEE = sql<{ id: string; meeting: string }, { id: string }>(
  'meeting_remove_invitee',
  `DELETE FROM meeting_invitee WHERE id = :id AND meeting_id = :meeting AND community_id = :community RETURNING id`,
);

// ---- attendance ----

export const LIVING_RESIDENT = sql<{ id: string }, { id: string; name: string; gone: boolean }>(
  'meeting_living_resident',
  `SELECT id, name, (moved_away_at IS NOT NULL OR erased_at IS NOT NULL) AS gone
     FROM resident WHERE id = :id AND community_id = :community`,
);

export const CHECK_IN = sql<
  { meeting: string; resident: string; via: CheckInVia; staff: string | null },
  { id: string }
>(
  'meeting_check_in',
  `INSERT INTO meeting_attendance (id, community_id, meeting_id, resident_id, via, by_staff_id, at)
   VALUES (gen_random_uuid(), :community, :meeting, :resident, :via, :staff::uuid, now())
   ON CONFLICT (meeting_id, resident_id) DO NOTHING RETURNING id`,
);

export const ATTENDEES = sql<
  { meeting: string; day: string },
  { name: string; building: number | null; role: CouncilRole | null }
>(
  'meeting_attendees',
  `SELECT r.name, b.number AS building,
          (SELECT c.role FROM council_member c WHERE c.resident_id = a.resident_id AND c.community_id = a.community_id
              AND c.since <= :day::date AND (c.until IS NULL OR c.until > :day::date) LIMIT 1) AS role
     FROM meeting_attendance a JOIN resident r ON r.id = a.resident_id LEFT JOIN building b ON b.id = r.building_id
    WHERE a.meeting_id = :meeting AND a.community_id = :community ORDER BY a.at, a.id`,
);

/** Seed only: a past meeting, held on its day (the demo's earlier council meetings). */
export const MARK_HELD = sql<{ id: string }, { id: string }>(
  'meeting_mark_held',
  `UPDATE meeting SET status = 'CLOSED', started_at = day + interval '19 hours', closed_at = day + interval '21 hours'
    WHERE id = :id AND community_id = :community RETURNING id`,
);
