import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { SeedStep } from '../../platform/module.js';
import { withCommunity } from '../../platform/row-security.js';
import { row } from '../../platform/sql.js';
import { localDate } from '../../platform/time.js';
import { DEMO_RESIDENT, Resident } from '../resident/index.js';
import { EarningReason, Points } from '../points/index.js';
import { StaffRole, StaffUser } from '../staff/index.js';
import { CheckInVia, CouncilRole, MeetingKind } from './meeting.entity.js';
import { ADD_ITEM, ADD_MEMBER, CHECK_IN, INSERT_MEETING, INVITE_COUNCIL, MARK_HELD } from './meeting.sql.js';

const ITEMS: Array<[string, number]> = [
  ['上月议定事项落实情况通报', 10],
  ['楼道堆物清理方案讨论', 20],
];

/**
 * The council (seven demo residents, the first a neighbour of 张秀英 as chair, 张秀英 a member)
 * and this month's council meeting, planned on the 15th (the calendar moves it off a holiday),
 * with two free items on its agenda. Earlier this year's council meetings (March, June, September,
 * those before this month) were held: 张秀英 and five neighbours attended some, checked in by staff
 * on paper, each attendance credited +10 through the ledger as the meeting module does.
 */
export const meetingSeed: SeedStep = ({ em, communityId }) =>
  withCommunity(communityId, async () => {
    const demo = await em.findOneOrFail(
      Resident,
      { community: communityId, phone: DEMO_RESIDENT.phone },
      { filters: false },
    );
    const neighbours = await em.find(
      Resident,
      { community: communityId, phone: { $ne: DEMO_RESIDENT.phone } },
      { filters: false, orderBy: { createdAt: 'asc' }, limit: 6 },
    );
    const today = localDate();
    const council = [...neighbours.slice(0, 1), demo, ...neighbours.slice(1)];
    for (const [i, resident] of council.entries()) {
      await row(em, ADD_MEMBER, {
        resident: resident.id,
        role: i === 0 ? CouncilRole.CHAIR : CouncilRole.MEMBER,
        since: `${today.slice(0, 4)}-01-01`,
      });
    }
    const secretary = await em.findOne(
      StaffUser,
      { community: communityId, role: StaffRole.SECRETARY },
      { filters: false },
    );
    await heldMeetings(em, [demo, ...neighbours.slice(0, 5)], today, secretary?.id ?? null);
    const round = today.slice(0, 7);
    const day = `${round}-15`;
    const made = await row(em, INSERT_MEETING, {
      id: randomUUID(),
      kind: MeetingKind.COUNCIL,
      title: `${Number(round.slice(5, 7))}月居民议事会`,
      round,
      day,
      plannedDay: day,
      movedReason: null,
      place: '社区议事厅',
      staff: null,
    });
    if (!made) return;
    await row(em, INVITE_COUNCIL, { meeting: made.id, day });
    for (const [title, minutes] of ITEMS) {
      await row(em, ADD_ITEM, { meeting: made.id, title, matterId: null, matterRef: null, minutes });
    }
  });

/** This year's earlier council meetings, held, with their attendance (the secretary's paper sign-ins) credited. */
async function heldMeetings(
  em: EntityManager,
  residents: Resident[],
  today: string,
  secretary: string | null,
): Promise<void> {
  const year = today.slice(0, 4);
  const rounds = ['03', '06', '09'].map((m) => `${year}-${m}`).filter((round) => `${round}-15` < today);
  const held: Array<{ id: string; day: string; title: string }> = [];
  for (const round of rounds) {
    const day = `${round}-15`;
    const title = `${Number(round.slice(5, 7))}月议事会`;
    const made = await row(em, INSERT_MEETING, {
      id: randomUUID(),
      kind: MeetingKind.COUNCIL,
      title,
      round,
      day,
      plannedDay: day,
      movedReason: null,
      place: '社区议事厅',
      staff: null,
    });
    if (!made) continue;
    await row(em, INVITE_COUNCIL, { meeting: made.id, day });
    await row(em, MARK_HELD, { id: made.id });
    held.push({ id: made.id, day, title });
  }
  // The first resident attended all three, the next two, the next one, and so on round.
  for (const [i, resident] of residents.entries()) {
    for (const m of held.slice(0, 3 - (i % 3))) {
      const via = secretary ? CheckInVia.STAFF : CheckInVia.KIOSK;
      if (!(await row(em, CHECK_IN, { meeting: m.id, resident: resident.id, via, staff: secretary }))) continue;
      await Points.award(em, {
        residentId: resident.id,
        reason: EarningReason.MEETING_ATTENDED,
        source: { kind: 'meeting', id: m.id },
        day: m.day,
        detail: { title: m.title },
        recordedBy: secretary,
      });
    }
  }
}
