import type { Context } from '../../platform/context.js';
import { badInput, notFound } from '../../platform/errors.js';
import { publishIn } from '../../platform/pubsub.js';
import { rows } from '../../platform/sql.js';
import { NOTICE_PUBLISHED, type NoticePublished } from './notice.events.js';
import { Building, Community } from '../community/index.js';
import { Resident } from '../resident/index.js';
import { StaffUser } from '../staff/index.js';
import { Notice } from './notice.entity.js';
import { NOTICE, NOTICES, NOTICE_BUILDINGS, type NoticeRow } from './notice.sql.js';
import type { NoticesArgs, NoticeView, PublishNoticeInput } from './notice.types.js';

export const NoticeService = {
  /** Current notices, newest first; staff may ask for expired ones too. Two statements, whatever the count. */
  async list(ctx: Context, args: NoticesArgs): Promise<NoticeView[]> {
    const found = await rows(ctx.em, NOTICES, {
      building: args.buildingId ?? null,
      includeExpired: !!(args.includeExpired && ctx.principal.staff),
      first: args.first,
    });
    return withBuildings(ctx, found);
  },

  /** The signed-in resident's building's current notices. */
  async mine(ctx: Context, first: number): Promise<NoticeView[]> {
    const resident = await ctx.em.findOneOrFail(Resident, { id: ctx.principal.resident!.id });
    return NoticeService.list(ctx, { buildingId: resident.building.id, includeExpired: false, first });
  },

  async publish(ctx: Context, input: PublishNoticeInput): Promise<NoticeView> {
    const { em, principal } = ctx;
    const ids = [...new Set(input.buildingIds)];
    const buildings = await em.find(Building, { id: { $in: ids } }, { orderBy: { number: 'asc' } });
    if (buildings.length !== ids.length) throw notFound('Building');
    if (input.expiresAt && input.expiresAt <= new Date()) {
      throw badInput('The expiry date is in the past', { expiresAt: ['inPast'] });
    }
    // The notice and its event commit together: a subscriber that loads it finds it.
    const notice = await em.transactional(async (tx) => {
      const created = tx.create(Notice, {
        community: tx.getReference(Community, principal.communityId!),
        category: input.category,
        title: input.title.trim(),
        body: input.body.trim(),
        author: tx.getReference(StaffUser, principal.staff!.id),
        expiresAt: input.expiresAt ?? null,
      } as Notice);
      created.buildings.set(buildings);
      await tx.flush();
      await publishIn(tx, NOTICE_PUBLISHED, {
        communityId: principal.communityId!,
        noticeId: created.id,
        buildingIds: ids,
      });
      return created;
    });
    const { id, category, title, body, publishedAt, expiresAt } = notice;
    return { id, category, title, body, publishedAt, expiresAt, buildings };
  },

  /** Loads the notice an event names (as the event's community). */
  async forEvent(ctx: Context, event: NoticePublished): Promise<NoticeView> {
    const found = await rows(ctx.em, NOTICE, { id: event.noticeId, community: event.communityId });
    if (!found.length) throw notFound('Notice');
    return (await withBuildings(ctx, found, event.communityId))[0];
  },

  async remove(ctx: Context, id: string): Promise<boolean> {
    const n = await ctx.em.nativeDelete(Notice, { id });
    if (!n) throw notFound('Notice');
    return true;
  },
};

/** Adds each notice's buildings with one statement. */
async function withBuildings(
  ctx: Pick<Context, 'em'>,
  notices: NoticeRow[],
  community?: string,
): Promise<NoticeView[]> {
  if (!notices.length) return [];
  const links = await rows(ctx.em, NOTICE_BUILDINGS, {
    notices: notices.map((n) => n.id),
    ...(community ? { community } : {}),
  });
  const byNotice = new Map<string, NoticeView['buildings']>();
  for (const { notice_id, ...building } of links) {
    const list = byNotice.get(notice_id) ?? [];
    list.push(building);
    byNotice.set(notice_id, list);
  }
  return notices.map((n) => ({
    ...n,
    publishedAt: new Date(n.publishedAt),
    expiresAt: n.expiresAt ? new Date(n.expiresAt) : null,
    buildings: byNotice.get(n.id) ?? [],
  }));
}
