import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { row, rows } from '../../platform/sql.js';
import type { AgendaCandidate, ItemEvent } from '../meeting/index.js';
import { MatterStatus } from './deliberation.entity.js';
import { addEvent, DeliberationService, today } from './deliberation.service.js';
import { ANNOUNCE, CANDIDATES, LOCK_MATTER } from './deliberation.sql.js';

/** A matter as a meeting's agenda sees it (its outside owner is invited with it). */
export function candidate(c: {
  id: string;
  ref: string;
  title: string;
  overdue: boolean;
  party_id: string | null;
  party_name: string | null;
}): AgendaCandidate {
  return {
    matterId: c.id,
    ref: c.ref,
    title: c.title,
    overdue: c.overdue,
    party: c.party_id ? { partyId: c.party_id, name: c.party_name! } : null,
  };
}

/** The agenda's candidates: open classified matters, overdue first, then by urgency and due day. */
export async function agendaCandidates(ctx: Context): Promise<AgendaCandidate[]> {
  return (await rows(ctx.em, CANDIDATES, { today: today(ctx) })).map(candidate);
}

/**
 * What a meeting did about a matter, into the matter's file, in the chair's transaction (so the
 * meeting and the file agree, or neither changed). A decision adopts an open matter or decides
 * against it; a matter decided already keeps its status and gets the line.
 */
export async function recordItemEvent(em: EntityManager, _ctx: Context, e: ItemEvent): Promise<void> {
  const meeting = { meetingId: e.meetingId, itemId: e.itemId };
  // Locked as any change of the matter is; a matter this module does not have is none of its business.
  const m = await row(em, LOCK_MATTER, { id: e.matterId });
  if (!m) return;
  if (e.kind === 'DECIDED') {
    if (m.status === MatterStatus.OPEN && e.outcome !== 'DEFERRED') {
      await DeliberationService.recordDecision(em, e.matterId, null, {
        adopt: e.outcome === 'ADOPTED',
        text: e.decision,
        by: e.by,
        subject: 'MEETING',
      });
      return;
    }
    await addEvent(em, e.matterId, {
      kind: 'DECIDED',
      public: true,
      text: e.decision,
      detail: { outcome: e.outcome, subject: 'MEETING', ...meeting },
      by: e.by,
    });
  } else if (e.kind === 'VOTED') {
    await addEvent(em, e.matterId, {
      kind: 'VOTED',
      public: true,
      text: `${e.for}/${e.against}/${e.abstain}`,
      detail: {
        for: e.for,
        against: e.against,
        abstain: e.abstain,
        carried: e.carried,
        quorumMet: e.quorumMet,
        ...meeting,
      },
      by: e.by,
    });
  } else {
    await addEvent(em, e.matterId, {
      kind: 'ACTION',
      public: true,
      text: e.what,
      detail: { subject: e.ownerName, dueDay: e.due, ...meeting },
      by: e.by,
    });
  }
  await row(em, ANNOUNCE, { id: e.matterId });
}
