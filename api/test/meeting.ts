import type { TestApp, Auth, GqlResult } from './harness.js';
import { DeviceKind } from '../src/modules/device/index.js';
import { StaffRole } from '../src/modules/staff/index.js';
import { localDate } from '../src/platform/time.js';

/** Every field of the live state a test reads. */
export const LIVE = `id kind title round day status version now currentItemId chairName
  items { id position title matterId matterRef timeBoxMinutes status usedMs runningSince outcome decision }
  quorum { attendees councilSize present needed met }
  invitees { id residentId partyId name councilRole present }
  lastVote { question for against abstain present quorumMet carried }
  decisions { id outcome decision }
  actions { what ownerName due }`;

export interface Live {
  id: string;
  version: number;
  status: string;
  now: string;
  currentItemId: string | null;
  items: Array<{
    id: string;
    title: string;
    status: string;
    usedMs: number;
    runningSince: string | null;
    outcome: string | null;
    matterId: string | null;
  }>;
  quorum: { attendees: number; councilSize: number; present: number; needed: number; met: boolean };
  invitees: Array<{ residentId: string | null; partyId: string | null; name: string; councilRole: string | null }>;
  lastVote: { for: number; quorumMet: boolean; carried: boolean; present: number } | null;
  decisions: Array<{ id: string; outcome: string }>;
  actions: Array<{ what: string; ownerName: string; due: string | null }>;
}

export const CHAIR = (name: string, extra = '', args = '') =>
  `mutation($m: ID!, $v: Int!${args}) { ${name}(input: { meetingId: $m, version: $v${extra} }) { ${LIVE} } }`;

export async function must<T>(p: Promise<GqlResult<T>>): Promise<T> {
  const res = await p;
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/**
 * A community with the +10 rule, staff, a secretary (the chair), a kiosk and a screen, a council
 * of `council` residents (the first chairs) and `others` residents more, and a meeting today
 * with `items` free items.
 */
export async function meetingWorld(t: TestApp, { council = 5, others = 1, items = 3 } = {}) {
  const { community, buildings } = await t.newCommunity();
  const communityId = community.id;
  await t.sql(
    `INSERT INTO points_rule (id, community_id, reason, points, effective_from, created_at)
     VALUES (gen_random_uuid(), ?, 'MEETING_ATTENDED', 10, '2020-01-01', now())`,
    [communityId],
  );
  const staff: Auth = { token: (await t.newStaff(communityId, StaffRole.STAFF)).token };
  const secretary: Auth = { token: (await t.newStaff(communityId, StaffRole.SECRETARY)).token };
  const kiosk = (await t.newDevice(communityId, DeviceKind.KIOSK)).token;
  const screen: Auth = { token: (await t.newDevice(communityId, DeviceKind.SCREEN)).token };
  const residents = [];
  for (let i = 0; i < council + others; i++) {
    const r = await t.newResident(buildings[i % buildings.length], { name: `居民${i + 1}` });
    residents.push({ id: r.resident.id, phone: r.phone });
  }
  for (const [i, r] of residents.slice(0, council).entries()) {
    await must(
      t.gql(
        'mutation($r: ID!, $role: CouncilRole!) { addCouncilMember(input: { residentId: $r, role: $role }) { id } }',
        { r: r.id, role: i === 0 ? 'CHAIR' : 'MEMBER' },
        staff,
      ),
    );
  }
  let meeting = (
    await must(
      t.gql<{ createMeeting: Live }>(
        `mutation($day: String!) { createMeeting(input: { kind: COUNCIL, title: "议事会", day: $day, place: "议事厅" }) { ${LIVE} } }`,
        { day: localDate() },
        staff,
      ),
    )
  ).createMeeting;
  for (let i = 0; i < items; i++) {
    meeting = (
      await must(
        t.gql<{ addAgendaItem: Live }>(
          CHAIR('addAgendaItem', ', title: $title', ', $title: String!'),
          {
            m: meeting.id,
            v: meeting.version,
            title: `议题${i + 1}`,
          },
          staff,
        ),
      )
    ).addAgendaItem;
  }
  const read = async (who: Auth = staff) =>
    (await must(t.gql<{ meeting: Live }>(`query($id: ID!) { meeting(id: $id) { ${LIVE} } }`, { id: meeting.id }, who)))
      .meeting;
  /** A chair action on the version given (default: the one now); the raw answer. */
  const chair = async (
    name: string,
    extra: { fields?: string; args?: string; vars?: Record<string, unknown> } = {},
    version?: number,
    who: Auth = secretary,
  ) =>
    t.gql<Record<string, Live>>(
      CHAIR(name, extra.fields ?? '', extra.args ?? ''),
      { m: meeting.id, v: version ?? (await read()).version, ...extra.vars },
      who,
    );
  const checkInByStaff = (residentId: string, who: Auth = staff) =>
    t.gql<{ checkInResident: { alreadyCheckedIn: boolean; pointsAwarded: number; quorum: Live['quorum'] } }>(
      `mutation($m: ID!, $r: ID!) { checkInResident(input: { meetingId: $m, residentId: $r, via: CARD }) {
         alreadyCheckedIn pointsAwarded quorum { attendees present needed met } } }`,
      { m: meeting.id, r: residentId },
      who,
    );
  return {
    communityId,
    staff,
    secretary,
    kiosk,
    screen,
    residents,
    meetingId: meeting.id,
    itemIds: meeting.items.map((i) => i.id),
    read,
    chair,
    checkInByStaff,
  };
}
