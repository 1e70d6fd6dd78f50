import { notifySql } from '../../platform/pubsub.js';
import { sql, type Timestamp } from '../../platform/sql.js';
import type {
  DayCounting,
  MatterCategory,
  MatterStatus,
  MatterUrgency,
  PartyKind,
  SuggestionSource,
} from './deliberation.entity.js';

/**
 * The deliberation module's raw SQL: matters, suggestions, the matter's file, parties, the
 * calendar's rounds. `:community` is the caller's community. A matter's changes are made by
 * `UPDATE … WHERE version = :version` (a stale edit changes nothing), and every one bumps the
 * version and publishes MATTER_CHANGED in the same statement.
 */

// ---- settings ----

export interface SettingsRow {
  counting: DayCounting;
  urgent_days: number;
  key_days: number;
  cutoff_day: number;
  meeting_day: number;
}

export const SETTINGS = sql<Record<string, never>, SettingsRow>(
  'deliberation_settings',
  `SELECT counting, urgent_days, key_days, cutoff_day, meeting_day FROM deliberation_setting WHERE community_id = :community`,
);

export const SAVE_SETTINGS = sql<
  { counting: string; urgent: number; key: number; cutoff: number; meeting: number },
  SettingsRow
>(
  'deliberation_save_settings',
  `INSERT INTO deliberation_setting (community_id, counting, urgent_days, key_days, cutoff_day, meeting_day)
   VALUES (:community, :counting, :urgent, :key, :cutoff, :meeting)
   ON CONFLICT (community_id) DO UPDATE SET counting = EXCLUDED.counting, urgent_days = EXCLUDED.urgent_days,
     key_days = EXCLUDED.key_days, cutoff_day = EXCLUDED.cutoff_day, meeting_day = EXCLUDED.meeting_day
   RETURNING counting, urgent_days, key_days, cutoff_day, meeting_day`,
);

// ---- intake ----

/** The round's next reference number (the counter's row serialises two at once). */
export const NEXT_NUMBER = sql<{ round: string }, { last: number }>(
  'deliberation_next_number',
  `INSERT INTO matter_counter (community_id, round, last) VALUES (:community, :round, 1)
   ON CONFLICT (community_id, round) DO UPDATE SET last = matter_counter.last + 1
   RETURNING last`,
);

export const INSERT_MATTER = sql<
  { id: string; ref: string; round: string; title: string; category: MatterCategory },
  { id: string }
>(
  'deliberation_insert_matter',
  `INSERT INTO matter (id, community_id, ref, round, title, category, status, declined, changed_at, version, created_at)
   VALUES (:id, :community, :ref, :round, :title, :category, 'NEW', false, now(), 1, now())
   RETURNING id`,
);

export const INSERT_SUGGESTION = sql<
  {
    id: string;
    matter: string;
    resident: string;
    title: string;
    details: string;
    category: MatterCategory;
    source: SuggestionSource;
    enteredBy: string | null;
    round: string;
    key: string;
  },
  { id: string }
>(
  'deliberation_insert_suggestion',
  `INSERT INTO suggestion (id, community_id, matter_id, resident_id, title, details, category, source, entered_by, round,
                           idempotency_key, seen_at, created_at)
   VALUES (:id, :community, :matter, :resident, :title, :details, :category, :source, :enteredBy, :round, :key, now(), now())
   RETURNING id`,
);

/** A line in a matter's file; a public one marks the matter changed for its suggesters. */
export const ADD_EVENT = sql<
  {
    matter: string;
    kind: string;
    public: boolean;
    text: string | null;
    reason: string | null;
    detail: string | null;
    by: string | null;
  },
  { id: string }
>(
  'deliberation_add_event',
  `WITH e AS (
     INSERT INTO matter_event (id, community_id, matter_id, kind, public, text, reason, detail, by_staff, at)
     VALUES (gen_random_uuid(), :community, :matter, :kind, :public, :text, :reason, :detail::jsonb, :by, now())
     RETURNING id, matter_id, public),
   touched AS (
     UPDATE matter m SET changed_at = now() FROM e WHERE m.id = e.matter_id AND m.community_id = :community AND e.public
     RETURNING m.id)
   SELECT e.id FROM e LEFT JOIN touched ON true`,
);

/** MATTER_CHANGED for a matter (after a change made in the same transaction). */
export const ANNOUNCE = sql<{ id: string }, { id: string }>(
  'deliberation_announce',
  `SELECT id, ${notifySql('MATTER_CHANGED', { matterId: 'id', version: 'version' })} AS notified
     FROM matter WHERE id = :id AND community_id = :community`,
);

export interface MySuggestionRow {
  id: string;
  ref: string;
  title: string;
  details: string;
  category: MatterCategory;
  status: MatterStatus;
  urgency: MatterUrgency | null;
  due_day: string | null;
  created_at: Timestamp;
  latest_kind: string | null;
  latest_text: string | null;
  latest_at: Timestamp | null;
  answer: string | null;
  answered_at: Timestamp | null;
  changed: boolean;
}

const LATEST = `LEFT JOIN LATERAL (
     SELECT e.kind AS latest_kind, e.text AS latest_text, e.at AS latest_at FROM matter_event e
      WHERE e.matter_id = m.id AND e.public ORDER BY e.seq DESC LIMIT 1) l ON true`;

const MY_SUGGESTION_SELECT = `SELECT s.id, m.ref, s.title, s.details, s.category, m.status, m.urgency, m.due_day::text,
         s.created_at, l.latest_kind, l.latest_text, l.latest_at, m.answer, m.answered_at,
         m.changed_at > coalesce(s.seen_at, s.created_at) AS changed
    FROM suggestion s JOIN matter m ON m.id = s.matter_id ${LATEST}`;

export const MY_SUGGESTIONS = sql<{ resident: string }, MySuggestionRow>(
  'deliberation_my_suggestions',
  `${MY_SUGGESTION_SELECT} WHERE s.community_id = :community AND s.resident_id = :resident
    ORDER BY s.created_at DESC LIMIT 100`,
);

export const SUGGESTION_BY_KEY = sql<{ resident: string; key: string }, MySuggestionRow>(
  'deliberation_suggestion_by_key',
  `${MY_SUGGESTION_SELECT} WHERE s.community_id = :community AND s.resident_id = :resident AND s.idempotency_key = :key`,
);

export const MARK_SEEN = sql<{ resident: string }, never>(
  'deliberation_mark_seen',
  `UPDATE suggestion SET seen_at = now() WHERE community_id = :community AND resident_id = :resident`,
);

export interface BoardRow {
  ref: string;
  title: string;
  category: MatterCategory;
  status: MatterStatus;
  urgency: MatterUrgency | null;
  due_day: string | null;
  suggesters: number;
  latest_kind: string | null;
  latest_text: string | null;
  latest_at: Timestamp | null;
  answer: string | null;
  answered_at: Timestamp | null;
}

export const BOARD = sql<{ status: string | null; limit: number }, BoardRow>(
  'deliberation_board',
  `SELECT m.ref, m.title, m.category, m.status, m.urgency, m.due_day::text,
          (SELECT count(DISTINCT s.resident_id)::int FROM suggestion s WHERE s.matter_id = m.id) AS suggesters,
          l.latest_kind, l.latest_text, l.latest_at, m.answer, m.answered_at
     FROM matter m ${LATEST}
    WHERE m.community_id = :community AND m.status <> 'MERGED' AND (:status::text IS NULL OR m.status = :status)
    ORDER BY m.changed_at DESC, m.ref DESC LIMIT :limit`,
);

// ---- the console ----

export interface MatterRow {
  id: string;
  ref: string;
  round: string;
  title: string;
  category: MatterCategory;
  status: MatterStatus;
  urgency: MatterUrgency | null;
  target_quarter: string | null;
  owner_staff_id: string | null;
  owner_party_id: string | null;
  owner_name: string | null;
  classified_at: Timestamp | null;
  due_day: string | null;
  overdue_at: Timestamp | null;
  declined: boolean;
  answer: string | null;
  answered_at: Timestamp | null;
  merged_into_ref: string | null;
  suggesters: number;
  version: number;
  created_at: Timestamp;
}

const MATTER_SELECT = `SELECT m.id, m.ref, m.round, m.title, m.category, m.status, m.urgency, m.target_quarter,
         m.owner_staff_id, m.owner_party_id, coalesce(su.display_name, p.name) AS owner_name, m.classified_at,
         m.due_day::text, m.overdue_at, m.declined, m.answer, m.answered_at, t.ref AS merged_into_ref,
         (SELECT count(DISTINCT s.resident_id)::int FROM suggestion s WHERE s.matter_id = m.id) AS suggesters,
         m.version, m.created_at
    FROM matter m
    LEFT JOIN staff_user su ON su.id = m.owner_staff_id
    LEFT JOIN party p ON p.id = m.owner_party_id
    LEFT JOIN matter t ON t.id = m.merged_into_id`;

export const MATTERS = sql<
  {
    round: string | null;
    status: string | null;
    category: string | null;
    overdue: boolean;
    today: string;
    limit: number;
  },
  MatterRow
>(
  'deliberation_matters',
  `${MATTER_SELECT}
    WHERE m.community_id = :community AND (:round::text IS NULL OR m.round = :round)
      AND (:status::text IS NULL OR m.status = :status) AND (:category::text IS NULL OR m.category = :category)
      AND (NOT :overdue OR (m.status IN ('OPEN', 'ADOPTED') AND m.due_day < :today::date))
    ORDER BY (m.status = 'NEW') DESC, m.due_day NULLS LAST, m.ref LIMIT :limit`,
);

export const MATTER = sql<{ id: string }, MatterRow>(
  'deliberation_matter',
  `${MATTER_SELECT} WHERE m.id = :id AND m.community_id = :community`,
);

export interface SuggestionRow {
  id: string;
  resident_id: string;
  resident_name: string;
  building: number;
  building_id: string;
  title: string;
  details: string;
  category: MatterCategory;
  source: SuggestionSource;
  entered_by_name: string | null;
  created_at: Timestamp;
}

export const SUGGESTIONS_OF = sql<{ matter: string }, SuggestionRow>(
  'deliberation_suggestions_of',
  `SELECT s.id, s.resident_id, r.name AS resident_name, b.number AS building, b.id AS building_id, s.title, s.details,
          s.category, s.source, su.display_name AS entered_by_name, s.created_at
     FROM suggestion s JOIN resident r ON r.id = s.resident_id JOIN building b ON b.id = r.building_id
     LEFT JOIN staff_user su ON su.id = s.entered_by
    WHERE s.matter_id = :matter AND s.community_id = :community ORDER BY s.created_at`,
);

export interface EventRow {
  id: string;
  kind: string;
  public: boolean;
  text: string | null;
  reason: string | null;
  detail: Record<string, unknown> | null;
  by_name: string | null;
  at: Timestamp;
}

export const EVENTS_OF = sql<{ matter: string }, EventRow>(
  'deliberation_events_of',
  `SELECT e.id, e.kind, e.public, e.text, e.reason, e.detail, su.display_name AS by_name, e.at
     FROM matter_event e LEFT JOIN staff_user su ON su.id = e.by_staff
    WHERE e.matter_id = :matter AND e.community_id = :community ORDER BY e.seq`,
);

/** A matter's state and version, locked for the change about to be made. */
export const LOCK_MATTER = sql<
  { id: string },
  {
    id: string;
    status: MatterStatus;
    version: number;
    ref: string;
    title: string;
    due_day: string | null;
    urgency: MatterUrgency | null;
    declined: boolean;
  }
>(
  'deliberation_lock_matter',
  `SELECT id, status, version, ref, title, due_day::text, urgency, declined FROM matter
    WHERE id = :id AND community_id = :community FOR UPDATE`,
);

export const CLASSIFY = sql<
  {
    id: string;
    urgency: MatterUrgency;
    category: MatterCategory;
    title: string | null;
    staff: string | null;
    party: string | null;
    quarter: string | null;
    due: string | null;
    now: Date;
  },
  { version: number }
>(
  'deliberation_classify',
  `UPDATE matter SET status = CASE WHEN status = 'NEW' THEN 'OPEN' ELSE status END, urgency = :urgency,
          category = :category, title = coalesce(:title, title), owner_staff_id = :staff, owner_party_id = :party,
          target_quarter = :quarter, due_day = :due::date, classified_at = coalesce(classified_at, :now::timestamptz),
          overdue_at = NULL, version = version + 1
    WHERE id = :id AND community_id = :community RETURNING version`,
);

export const REASSIGN = sql<{ id: string; staff: string | null; party: string | null }, { version: number }>(
  'deliberation_reassign',
  `UPDATE matter SET owner_staff_id = :staff, owner_party_id = :party, version = version + 1
    WHERE id = :id AND community_id = :community RETURNING version`,
);

export const MOVE_DEADLINE = sql<{ id: string; due: string }, { version: number }>(
  'deliberation_move_deadline',
  `UPDATE matter SET due_day = :due::date, overdue_at = NULL, version = version + 1
    WHERE id = :id AND community_id = :community RETURNING version`,
);

export const SET_STATUS = sql<{ id: string; status: MatterStatus; declined: boolean }, { version: number }>(
  'deliberation_set_status',
  `UPDATE matter SET status = :status, declined = :declined, version = version + 1
    WHERE id = :id AND community_id = :community RETURNING version`,
);

export const ANSWER = sql<{ id: string; answer: string; now: Date }, { version: number }>(
  'deliberation_answer',
  `UPDATE matter SET status = 'CLOSED', answer = :answer, answered_at = :now::timestamptz, version = version + 1
    WHERE id = :id AND community_id = :community RETURNING version`,
);

export const BUMP = sql<{ id: string }, { version: number }>(
  'deliberation_bump',
  `UPDATE matter SET version = version + 1 WHERE id = :id AND community_id = :community RETURNING version`,
);

export const MERGE = sql<{ from: string; into: string }, { moved: number }>(
  'deliberation_merge',
  `WITH m AS (
     UPDATE matter SET status = 'MERGED', merged_into_id = :into, version = version + 1
      WHERE id = :from AND community_id = :community RETURNING id),
   s AS (
     UPDATE suggestion SET matter_id = :into FROM m WHERE suggestion.matter_id = m.id AND suggestion.community_id = :community
     RETURNING 1)
   SELECT count(*)::int AS moved FROM s`,
);

/** The residents who suggested a matter (merged ones included), with their buildings. */
export const SUGGESTERS = sql<{ matter: string }, { resident_id: string; building_id: string }>(
  'deliberation_suggesters',
  `SELECT DISTINCT s.resident_id, r.building_id FROM suggestion s JOIN resident r ON r.id = s.resident_id
    WHERE s.matter_id = :matter AND s.community_id = :community`,
);

export const STAFF_OPTIONS = sql<Record<string, never>, { id: string; display_name: string }>(
  'deliberation_staff_options',
  `SELECT id, display_name FROM staff_user WHERE community_id = :community AND deactivated_at IS NULL
    ORDER BY display_name`,
);

export const STAFF_NAME = sql<{ id: string }, { display_name: string }>(
  'deliberation_staff_name',
  `SELECT display_name FROM staff_user WHERE id = :id AND community_id = :community AND deactivated_at IS NULL`,
);

export const RESIDENT_HERE = sql<{ id: string }, { id: string }>(
  'deliberation_resident_here',
  `SELECT id FROM resident WHERE id = :id AND community_id = :community AND moved_away_at IS NULL AND erased_at IS NULL`,
);

// ---- parties ----

export interface PartyRow {
  id: string;
  name: string;
  kind: PartyKind;
  contact_name: string | null;
  phone: string | null;
  archived: boolean;
  version: number;
}

const PARTY_COLUMNS = 'id, name, kind, contact_name, phone, archived, version';

export const PARTIES = sql<Record<string, never>, PartyRow>(
  'deliberation_parties',
  `SELECT ${PARTY_COLUMNS} FROM party WHERE community_id = :community ORDER BY archived, kind, name`,
);

export const PARTY = sql<{ id: string }, PartyRow>(
  'deliberation_party',
  `SELECT ${PARTY_COLUMNS} FROM party WHERE id = :id AND community_id = :community`,
);

export const INSERT_PARTY = sql<
  { name: string; kind: PartyKind; contact: string | null; phone: string | null; archived: boolean },
  PartyRow
>(
  'deliberation_insert_party',
  `INSERT INTO party (id, community_id, name, kind, contact_name, phone, archived, version, created_at)
   VALUES (gen_random_uuid(), :community, :name, :kind, :contact, :phone, :archived, 1, now())
   RETURNING ${PARTY_COLUMNS}`,
);

export const UPDATE_PARTY = sql<
  {
    id: string;
    version: number;
    name: string;
    kind: PartyKind;
    contact: string | null;
    phone: string | null;
    archived: boolean;
  },
  PartyRow
>(
  'deliberation_update_party',
  `UPDATE party SET name = :name, kind = :kind, contact_name = :contact, phone = :phone, archived = :archived,
          version = version + 1
    WHERE id = :id AND community_id = :community AND version = :version RETURNING ${PARTY_COLUMNS}`,
);

// ---- the calendar ----

/** Classified matters not yet decided: the agenda's candidates, overdue first, then by urgency and due day. */
export const CANDIDATES = sql<
  { today: string },
  { id: string; ref: string; title: string; overdue: boolean; party_id: string | null; party_name: string | null }
>(
  'deliberation_candidates',
  `SELECT m.id, m.ref, m.title, m.due_day < :today::date AS overdue, p.id AS party_id, p.name AS party_name
     FROM matter m LEFT JOIN party p ON p.id = m.owner_party_id
    WHERE m.community_id = :community AND m.status = 'OPEN'
    ORDER BY m.due_day < :today::date DESC, CASE m.urgency WHEN 'URGENT' THEN 0 WHEN 'KEY' THEN 1 ELSE 2 END, m.due_day, m.ref
    LIMIT 30`,
);

/** Closes a round once; no row: closed already. */
export const CLOSE_ROUND = sql<{ round: string; meeting: string | null }, { round: string }>(
  'deliberation_close_round',
  `INSERT INTO deliberation_round (community_id, round, closed_at, meeting_id) VALUES (:community, :round, now(), :meeting)
   ON CONFLICT (community_id, round) DO NOTHING RETURNING round`,
);

export const ROUND_CLOSED = sql<{ round: string }, { closed_at: Timestamp }>(
  'deliberation_round_closed',
  `SELECT closed_at FROM deliberation_round WHERE community_id = :community AND round = :round`,
);

export const ROUND_COUNT = sql<{ round: string }, { matters: number }>(
  'deliberation_round_count',
  `SELECT count(*)::int AS matters FROM matter WHERE community_id = :community AND round = :round AND status <> 'MERGED'`,
);

/** Matters past their window, flagged once (the calendar escalates each and puts it on the agenda). */
export const FLAG_OVERDUE = sql<{ today: string }, { id: string; ref: string; title: string; due_day: string }>(
  'deliberation_flag_overdue',
  `UPDATE matter SET overdue_at = now(), version = version + 1
    WHERE community_id = :community AND status IN ('OPEN', 'ADOPTED') AND due_day < :today::date AND overdue_at IS NULL
    RETURNING id, ref, title, due_day::text`,
);

export const STATS = sql<
  { round: string | null; today: string },
  {
    round: string;
    category: MatterCategory;
    matters: number;
    classified: number;
    answered: number;
    in_window: number;
    overdue: number;
  }
>(
  'deliberation_stats',
  `SELECT round, category, count(*)::int AS matters,
          count(*) FILTER (WHERE classified_at IS NOT NULL)::int AS classified,
          count(*) FILTER (WHERE answered_at IS NOT NULL)::int AS answered,
          count(*) FILTER (WHERE answered_at IS NOT NULL AND due_day IS NOT NULL
                             AND (answered_at AT TIME ZONE 'Asia/Shanghai')::date <= due_day)::int AS in_window,
          count(*) FILTER (WHERE answered_at IS NULL AND due_day < :today::date)::int AS overdue
     FROM matter
    WHERE community_id = :community AND status <> 'MERGED' AND (:round::text IS NULL OR round = :round)
    GROUP BY round, category ORDER BY round DESC, category`,
);

/** The demo seed's suggesters: the demo resident first, then the earliest neighbours. */
export const DEMO_RESIDENTS = sql<{ demoPhone: string }, { id: string }>(
  'deliberation_demo_residents',
  `SELECT id FROM resident WHERE community_id = :community AND moved_away_at IS NULL
    ORDER BY (phone = :demoPhone) DESC, created_at, id LIMIT 6`,
);
