import type { FilterQuery } from '@mikro-orm/core';
import { scopedEm, type Context } from '../../platform/context.js';
import { badInput, notFound } from '../../platform/errors.js';
import type { Topics } from '../../platform/pubsub.js';
import { Building } from '../community/building.entity.js';
import { Community } from '../community/community.entity.js';
import { Resident } from '../resident/resident.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { Notice } from './notice.entity.js';
import type { NoticesArgs, PublishNoticeInput } from './notice.types.js';

export const NoticeService = {
  async list(ctx: Context, args: NoticesArgs): Promise<Notice[]> {
    const where: FilterQuery<Notice> = {};
    if (args.buildingId) where.buildings = { id: args.buildingId };
    if (!(args.includeExpired && ctx.principal.staff)) {
      where.$or = [{ expiresAt: null }, { expiresAt: { $gt: new Date() } }];
    }
    const notices = await ctx.em.find(Notice, where, {
      orderBy: { publishedAt: 'desc', id: 'desc' },
      limit: args.first,
    });
    await loadBuildings(ctx, notices);
    return notices;
  },

  /** The signed-in resident's building's current notices. */
  async mine(ctx: Context, first: number): Promise<Notice[]> {
    const resident = await ctx.em.findOneOrFail(Resident, { id: ctx.principal.resident!.id });
    return NoticeService.list(ctx, { buildingId: resident.building.id, includeExpired: false, first });
  },

  async publish(ctx: Context, input: PublishNoticeInput): Promise<Notice> {
    const { em, principal } = ctx;
    const ids = [...new Set(input.buildingIds)];
    const buildings = await em.find(Building, { id: { $in: ids } });
    if (buildings.length !== ids.length) throw notFound('Building');
    if (input.expiresAt && input.expiresAt <= new Date()) {
      throw badInput('The expiry date is in the past', { expiresAt: ['inPast'] });
    }
    const notice = em.create(Notice, {
      community: em.getReference(Community, principal.communityId!),
      category: input.category,
      title: input.title.trim(),
      body: input.body.trim(),
      author: em.getReference(StaffUser, principal.staff!.id),
      expiresAt: input.expiresAt ?? null,
    } as Notice);
    notice.buildings.set(buildings);
    await em.flush();
    // Published after the commit, so a subscriber that loads the notice finds it.
    ctx.pubsub.publish('NOTICE_PUBLISHED', {
      communityId: principal.communityId!,
      noticeId: notice.id,
      buildingIds: ids,
    });
    return notice;
  },

  /** Loads the notice an event names, in a fresh EntityManager for this event. */
  async forEvent(ctx: Context, event: Topics['NOTICE_PUBLISHED'][0]): Promise<Notice> {
    const em = scopedEm(ctx.orm, ctx.principal.communityId);
    const notice = await em.findOne(Notice, { id: event.noticeId }, { populate: ['buildings'] });
    if (!notice) throw notFound('Notice');
    return notice;
  },

  async remove(ctx: Context, id: string): Promise<boolean> {
    const n = await ctx.em.nativeDelete(Notice, { id });
    if (!n) throw notFound('Notice');
    return true;
  },
};

/**
 * Fills each notice's buildings with one statement. MikroORM's populate of this many-to-many
 * costs more CPU than the rest of the request (bench/run.mjs, "api notices"); the notices
 * themselves were loaded through the tenant filter, so their ids scope this query.
 */
async function loadBuildings(ctx: Context, notices: Notice[]): Promise<void> {
  if (!notices.length) return;
  const rows = await ctx.em.execute<Array<Record<string, unknown> & { notice_id: string }>>(
    `SELECT nb.notice_id, b.* FROM notice_building nb JOIN building b ON b.id = nb.building_id
      WHERE nb.notice_id IN (?) ORDER BY b.number`,
    [notices.map((n) => n.id)],
  );
  const byNotice = new Map<string, Building[]>();
  for (const { notice_id, ...building } of rows) {
    const list = byNotice.get(notice_id) ?? [];
    list.push(ctx.em.map(Building, building));
    byNotice.set(notice_id, list);
  }
  for (const n of notices) n.buildings.hydrate(byNotice.get(n.id) ?? []);
}
