import type { Context } from '../../platform/context.js';
import { conflict } from '../../platform/errors.js';
import { row, rows } from '../../platform/sql.js';
import { Building } from '../community/index.js';
import { NoticeCategory, Notices } from '../notice/index.js';
import { PointsReason } from './points.reasons.js';
import { EARNING, PointsService } from './points.service.js';
import { INSERT_STARS, LATEST_STAR_QUARTER, OPT_IN, OPT_OUT, OPTED_OUT, RANKING, STARS } from './points.sql.js';
import { quarterRange } from './points.time.js';
import type { ConfirmStarsInput, StarPreferenceView, StarsView, StarView } from './points.types.js';

/** `2026-Q4` → 2026年第4季度 (the notice is in the residents' language). */
function quarterWords(quarter: string): string {
  return `${quarter.slice(0, 4)}年第${quarter.slice(6)}季度`;
}

/**
 * Governance stars (社区治理之星): a quarter's residents ranked by points earned in it — awards
 * less their corrections; redemptions and refunds do not count. The tie rule, as the console
 * shows it: more points; then more earning occasions; then who reached the total first (the
 * last award earlier); then, never in practice, the resident's id. Living residents only.
 */
export const StarsService = {
  async quarter(ctx: Context, quarter: string): Promise<StarsView> {
    const { from, until } = quarterRange(quarter);
    const over = ctx.clock.now() >= until;
    const staff = !!ctx.principal.staff;
    const confirmed = await rows(ctx.em, STARS, { quarter });
    if (confirmed.length) {
      return {
        quarter,
        confirmed: true,
        over,
        stars: confirmed.map((s) => ({
          rank: s.rank,
          residentId: staff ? s.resident_id : null,
          name: staff || !s.opted_out ? s.name : null,
          building: s.building,
          points: s.points,
          occasions: 0,
        })),
      };
    }
    if (!staff) return { quarter, confirmed: false, over, stars: [] };
    return { quarter, confirmed: false, over, stars: await StarsService.ranking(ctx, from, until) };
  },

  async ranking(ctx: Context, from: Date, until: Date): Promise<StarView[]> {
    const { starsPerQuarter } = await PointsService.settings(ctx);
    const found = await rows(ctx.em, RANKING, {
      from: from.toISOString(),
      until: until.toISOString(),
      earning: JSON.stringify(EARNING),
      limit: starsPerQuarter,
    });
    return found.map((r, i) => ({
      rank: i + 1,
      residentId: r.resident_id,
      name: r.name,
      building: r.building,
      points: Number(r.earned),
      occasions: Number(r.occasions),
    }));
  },

  /** The latest confirmed stars, as the kiosk shows them (names only of those who agree). */
  async latest(ctx: Context): Promise<StarsView | null> {
    const last = await row(ctx.em, LATEST_STAR_QUARTER, {});
    return last ? StarsService.quarter(ctx, last.quarter) : null;
  },

  /**
   * The secretary confirms the ranking shown (residents in order): it is computed again and
   * must be the same; once per quarter (unique rows), after the quarter is over. A notice to
   * every building names them (those who opted out unnamed).
   */
  async confirm(ctx: Context, input: ConfirmStarsInput): Promise<StarsView> {
    const { from, until } = quarterRange(input.quarter);
    if (ctx.clock.now() < until) throw conflict(PointsReason.QUARTER_NOT_OVER, 'The quarter is not over yet');
    if ((await rows(ctx.em, STARS, { quarter: input.quarter })).length) {
      throw conflict(PointsReason.STARS_CONFIRMED, "This quarter's stars are confirmed already");
    }
    const ranking = await StarsService.ranking(ctx, from, until);
    const same =
      ranking.length === input.residentIds.length && ranking.every((s, i) => s.residentId === input.residentIds[i]);
    if (!same || ranking.length === 0) throw conflict(PointsReason.STARS_CHANGED, 'The ranking has changed');
    const buildings = await ctx.em.find(Building, {}, { orderBy: { number: 'asc' } });
    try {
      await ctx.em.transactional((em) =>
        row(em, INSERT_STARS, {
          quarter: input.quarter,
          staff: ctx.principal.staff!.id,
          stars: JSON.stringify(ranking.map((s) => ({ resident: s.residentId, rank: s.rank, points: s.points }))),
        }),
      );
    } catch (err) {
      if ((err as { code?: string }).code === '23505') {
        throw conflict(PointsReason.STARS_CONFIRMED, "This quarter's stars are confirmed already");
      }
      throw err;
    }
    const view = await StarsService.quarter(ctx, input.quarter);
    const optedOut = new Set(
      (await Promise.all(ranking.map((s) => row(ctx.em, OPTED_OUT, { resident: s.residentId! }))))
        .map((o, i) => (o ? i : -1))
        .filter((i) => i >= 0),
    );
    const lines = ranking.map(
      (s, i) => `${s.rank}. ${optedOut.has(i) ? '一位居民' : s.name}（${s.building}号楼）  ${s.points}分`,
    );
    await Notices.publish(ctx, {
      category: NoticeCategory.ACTIVITY,
      title: `${quarterWords(input.quarter)}社区治理之星`,
      body: `感谢以下居民本季度积极参与社区议事和志愿服务：\n${lines.join('\n')}`,
      buildingIds: buildings.map((b) => b.id),
      expiresAt: null,
    });
    return view;
  },

  async preference(ctx: Context): Promise<StarPreferenceView> {
    return { hideName: !!(await row(ctx.em, OPTED_OUT, { resident: ctx.principal.resident!.id })) };
  },

  async setPreference(ctx: Context, hideName: boolean): Promise<StarPreferenceView> {
    const resident = ctx.principal.resident!.id;
    await row(ctx.em, hideName ? OPT_OUT : OPT_IN, { resident });
    return { hideName };
  },
};
