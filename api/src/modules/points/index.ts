import type { Context } from '../../platform/context.js';
import { badInput, notFound, unauthenticated } from '../../platform/errors.js';
import type { LinliModule, RouteRequest } from '../../platform/module.js';
import { hasRole, Role } from '../../platform/auth-checker.js';
import { Ledger } from '../ledger/index.js';
import {
  EarningReason,
  GovernanceStar,
  PointsRule,
  PointsSetting,
  Reward,
  RewardPicture,
  StarOptOut,
  Voucher,
  VolunteerShift,
} from './points.entity.js';
import { REWARD_CHANGED, VOUCHER_CHANGED } from './points.events.js';
import { pointsReasons } from './points.reasons.js';
import { PointsResolver } from './points.resolver.js';
import { pointsSeed } from './points.seed.js';
import { PointsService } from './points.service.js';
import { RewardsResolver } from './rewards.resolver.js';
import { RewardsService } from './rewards.service.js';
import { StarsResolver } from './stars.resolver.js';
import { PointsReasonCode } from './points.types.js';

export { EarningReason };
export type { Award } from './points.service.js';

/**
 * Crediting an earning (a meeting attended, a suggestion adopted) once per source, in the caller's
 * transaction; wrap that transaction in `Ledger.retryRace` so that the same credit recorded twice
 * at once answers "already recorded" (the second run replays the first) instead of failing.
 */
export const Points = { award: PointsService.award };

Ledger.addCheck(RewardsService.check);

function mayManage(ctx: Context): void {
  if (!hasRole(ctx.principal, Role.STAFF)) throw unauthenticated('Please sign in');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The ledger export's query: resident, format, and the history's filters; anything malformed is refused. */
function exportQuery(req: RouteRequest) {
  const q = req.query;
  const problems: Record<string, string[]> = {};
  const resident = q.resident ?? '';
  if (!UUID.test(resident)) problems.resident = ['isUuid'];
  const format = q.format ?? 'xlsx';
  if (format !== 'xlsx' && format !== 'csv') problems.format = ['FORMAT'];
  const day = (key: 'from' | 'until') => {
    const v = q[key];
    if (!v) return null;
    if (!DAY.test(v)) problems[key] = ['isDateString'];
    return v;
  };
  const from = day('from');
  const until = day('until');
  const codes = Object.values(PointsReasonCode) as string[];
  const reasons = q.reasons ? q.reasons.split(',').filter(Boolean) : [];
  if (reasons.some((r) => !codes.includes(r)) || reasons.length > 20) problems.reasons = ['isEnum'];
  if (Object.keys(problems).length) throw badInput('Bad export query', problems);
  return {
    resident,
    format: format as 'xlsx' | 'csv',
    from,
    until,
    reasons: reasons.length ? (reasons as PointsReasonCode[]) : null,
  };
}

/**
 * Participation points (议事积分): earning rules as data, volunteer hours, the rewards catalogue,
 * redemption into vouchers (fulfilled, cancelled or expired and refunded), and the quarter's
 * governance stars (社区治理之星). The points themselves are the ledger's.
 */
export const pointsModule: LinliModule = {
  name: 'points',
  entities: [PointsRule, VolunteerShift, Reward, RewardPicture, Voucher, PointsSetting, GovernanceStar, StarOptOut],
  resolvers: [PointsResolver, RewardsResolver, StarsResolver],
  reasons: pointsReasons,
  topics: [VOUCHER_CHANGED, REWARD_CHANGED],
  seed: pointsSeed,
  jobs: [
    {
      // Vouchers past their expiry are refunded (points and stock back). Every 10 minutes, and at
      // once after downtime (the queue's catch-up); a voucher is already refused at the desk from
      // its expiry on, so the refund's lag is only when the points show again.
      name: 'points.expire-vouchers',
      schedule: '*/10 * * * *',
      run: (job) =>
        job.forEachCommunity(async (ctx) => {
          const expired = await RewardsService.expireDue(ctx);
          if (expired)
            ctx.log.info({ expired, communityId: ctx.principal.communityId }, 'vouchers expired and refunded');
        }),
    },
  ],
  routes: [
    {
      // A resident's points history as XLSX or CSV, with the console's filters (staff only).
      method: 'GET',
      path: 'ledger-export',
      handle: async (ctx, req) => {
        mayManage(ctx);
        return { file: await PointsService.exportLedger(ctx, exportQuery(req)) };
      },
    },
    {
      // A reward's picture, uploaded by staff before saving the reward (it answers the picture's id).
      method: 'POST',
      path: 'picture',
      maxBodyBytes: 2 * 1024 * 1024,
      handle: async (ctx, req) => {
        mayManage(ctx);
        return { json: { id: await RewardsService.savePicture(ctx, req.body) } };
      },
    },
    {
      method: 'GET',
      path: 'picture',
      handle: async (ctx, req) => {
        if (!ctx.principal.staff && !ctx.principal.device) throw unauthenticated('Please sign in');
        const id = req.query.id ?? '';
        const found = /^[0-9a-f-]{36}$/.test(id) ? await RewardsService.picture(ctx, id) : null;
        if (!found) throw notFound('Picture');
        return { file: { body: found.bytes, contentType: found.contentType, filename: `reward-${id}` } };
      },
    },
  ],
};
