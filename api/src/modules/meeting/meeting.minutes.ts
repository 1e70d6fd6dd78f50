import type { Context } from '../../platform/context.js';
import { checkId, notFound } from '../../platform/errors.js';
import { row, rows } from '../../platform/sql.js';
import { Community } from '../community/index.js';
import { ACTIONS, ATTENDEES, INVITEES, ITEMS, MEETING, QUORUM, VOTES } from './meeting.sql.js';
import { quorumOf } from './meeting.service.js';

/** A meeting's minutes as data (the printable page and the Word file are made from it). */
export interface Minutes {
  community: string;
  title: string;
  kind: string;
  day: string;
  startedAt: Date | null;
  closedAt: Date | null;
  place: string | null;
  chair: string | null;
  quorum: { needed: number; present: number; met: boolean };
  attendees: Array<{ name: string; building: number | null; role: string | null }>;
  invitedParties: Array<{ name: string; present: boolean }>;
  items: Array<{
    position: number;
    title: string;
    matterRef: string | null;
    timeBoxMinutes: number;
    discussion: string | null;
    votes: Array<{
      question: string;
      for: number;
      against: number;
      abstain: number;
      carried: boolean;
      quorumMet: boolean;
    }>;
    decision: string | null;
    actions: Array<{ what: string; owner: string; due: string | null }>;
  }>;
}

/**
 * The minutes of a meeting, from its record: agenda (in order), attendance against the quorum,
 * the votes, decisions and actions of each item. `chair`: the staff member who chaired it.
 * An outside party counts as present when the meeting's record says so (no check-in of parties
 * yet: false).
 */
export async function minutesOf(ctx: Context, meetingId: string): Promise<Minutes> {
  const em = ctx.em;
  const m = await row(em, MEETING, { id: checkId(meetingId, 'Meeting') });
  if (!m) throw notFound('Meeting');
  const [community, items, votes, actions, attendees, invitees, q] = await Promise.all([
    em.findOne(Community, { id: m.community_id }),
    rows(em, ITEMS, { meeting: m.id }),
    rows(em, VOTES, { meeting: m.id }),
    rows(em, ACTIONS, { meeting: m.id }),
    rows(em, ATTENDEES, { meeting: m.id, day: m.day }),
    rows(em, INVITEES, { meeting: m.id, day: m.day }),
    row(em, QUORUM, { meeting: m.id, day: m.day }),
  ]);
  const present = q?.present ?? 0;
  return {
    community: community?.name ?? '',
    title: m.title,
    kind: m.kind,
    day: m.day,
    startedAt: m.started_at ? new Date(m.started_at) : null,
    closedAt: m.closed_at ? new Date(m.closed_at) : null,
    place: m.place,
    chair: m.chair_name,
    quorum: { present, ...quorumOf(q?.size ?? 0, present) },
    attendees: attendees.map((a) => ({ name: a.name, building: a.building, role: a.role })),
    invitedParties: invitees.filter((i) => i.party_id).map((i) => ({ name: i.name, present: i.present })),
    items: items.map((i) => ({
      position: i.position,
      title: i.title,
      matterRef: i.matter_ref,
      timeBoxMinutes: i.time_box_minutes,
      discussion: i.discussion,
      votes: votes
        .filter((v) => v.item_id === i.id)
        .map((v) => ({
          question: v.question,
          for: v.votes_for,
          against: v.votes_against,
          abstain: v.votes_abstain,
          carried: v.carried,
          quorumMet: v.quorum_met,
        })),
      decision: i.decision,
      actions: actions
        .filter((a) => a.item_id === i.id)
        .map((a) => ({ what: a.what, owner: a.owner_name, due: a.due })),
    })),
  };
}
