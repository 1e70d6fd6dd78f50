import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedStep } from '../../platform/module.js';
import { withCommunity } from '../../platform/row-security.js';
import { Community } from '../community/index.js';
import { DEMO_RESIDENT, Resident } from '../resident/index.js';
import { StaffRole, StaffUser } from '../staff/index.js';
import { EarningReason, GovernanceStar, PointsRule, Reward, RewardKind } from './points.entity.js';
import { PointsService } from './points.service.js';
import { localDate } from './points.time.js';

const RULES: Array<[EarningReason, number]> = [
  [EarningReason.MEETING_ATTENDED, 10],
  [EarningReason.SUGGESTION_ADOPTED, 30],
  [EarningReason.VOLUNTEER_HOUR, 5],
];

const REWARDS: Array<[RewardKind, string, string, number, number]> = [
  [RewardKind.SERVICE, '家政服务2小时', '上门打扫，预约后一周内安排', 200, 10],
  [RewardKind.SERVICE, '理发一次', '便民服务角，周三、周六上午', 100, 20],
  [RewardKind.GOODS, '洗衣液一瓶', '2公斤装', 50, 30],
  [RewardKind.GOODS, '文具套装', '笔、本子、尺子', 30, 40],
];

/**
 * Some of this year's participation, for the demo resident and a few neighbours (their council
 * meetings' attendance is the meeting module's seed).
 */
async function history(em: EntityManager, residents: Resident[], staffless: null): Promise<void> {
  const year = localDate().slice(0, 4);
  for (const [i, resident] of residents.entries()) {
    await PointsService.award(em, {
      residentId: resident.id,
      reason: EarningReason.VOLUNTEER_HOUR,
      source: { kind: 'demo-shift', id: `${year}-${resident.id}` },
      day: `${year}-09-20`,
      times: 2 + (i % 4),
      detail: { title: '楼道清洁', hours: 2 + (i % 4) },
      recordedBy: staffless,
    });
  }
  await PointsService.award(em, {
    residentId: residents[0].id,
    reason: EarningReason.SUGGESTION_ADOPTED,
    source: { kind: 'demo-suggestion', id: 'bench-under-tree' },
    day: `${year}-07-10`,
    detail: { title: '在大树下加装休息长椅' },
    recordedBy: staffless,
  });
}

/**
 * Rules (+10 a meeting, +30 an adopted suggestion, +5 a volunteer hour), four rewards, some
 * participation for the demo resident (张秀英) and neighbours, and last quarter's stars.
 */
export const pointsSeed: SeedStep = ({ em, communityId }) =>
  withCommunity(communityId, async () => {
    for (const [reason, points] of RULES) {
      em.create(PointsRule, {
        community: em.getReference(Community, communityId),
        reason,
        points,
        effectiveFrom: '2026-01-01',
      } as PointsRule);
    }
    for (const [kind, name, description, cost, stock] of REWARDS) {
      em.create(Reward, {
        community: em.getReference(Community, communityId),
        kind,
        name,
        description,
        cost,
        stock,
      } as Reward);
    }
    await em.flush();
    const demo = await em.findOneOrFail(
      Resident,
      { community: communityId, phone: DEMO_RESIDENT.phone },
      { filters: false },
    );
    const neighbours = await em.find(
      Resident,
      { community: communityId, phone: { $ne: DEMO_RESIDENT.phone } },
      { filters: false, orderBy: { createdAt: 'asc' }, limit: 5 },
    );
    const residents = [demo, ...neighbours];
    await history(em, residents, null);
    const secretary = await em.findOne(
      StaffUser,
      { community: communityId, role: StaffRole.SECRETARY },
      { filters: false },
    );
    if (secretary) {
      const year = Number(localDate().slice(0, 4));
      residents.slice(0, 3).forEach((resident, i) =>
        em.create(GovernanceStar, {
          community: em.getReference(Community, communityId),
          quarter: `${year}-Q3`,
          resident,
          rank: i + 1,
          points: 45 - i * 10,
          confirmedBy: secretary.id,
        } as GovernanceStar),
      );
      await em.flush();
    }
  });
