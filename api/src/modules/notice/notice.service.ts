import type { Context } from '../../platform/context.js';
import { badInput, notFound } from '../../platform/errors.js';
import { publishIn } from '../../platform/pubsub.js';
import { rows } from '../../platform/sql.js';
import { NOTICE_CHANGED, NOTICE_PUBLISHED, type NoticeChanged, type NoticePublished } from './notice.events.js';
import { Building, Community } from '../community/index.js';
import { Resident } from '../resident/index.js';
import { StaffUser } from '../staff/index.js';
import { Notice } from './notice.entity.js';
import { NOTICE, NOTICES, NOTICE_BUILDINGS, type NoticeRow } from './notice.sql.js';
import type { NoticeChange, NoticesArgs, NoticeView, PublishNoticeInput } from './notice.types.js';

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
    const { ids, buildings } = await checked(ctx, input);
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

  /**
   * Corrects a notice: the same fields and checks as publishing; it keeps its place (published
   * time). The change and its event commit together.
   */
  async update(ctx: Context, id: string, input: PublishNoticeInput): Promise<NoticeView> {
    const { em, principal } = ctx;
    const { ids, buildings } = await checked(ctx, input);
    const notice = await em.transactional(async (tx) => {
      const found = await tx.findOne(Notice, { id }, { populate: ['buildings'] });
      if (!found) throw notFound('Notice');
      const before = found.buildings.getItems().map((b) => b.id);
      found.category = input.category;
      found.title = input.title.trim();
      found.body = input.body.trim();
      found.expiresAt = input.expiresAt ?? null;
      found.buildings.set(buildings);
      await tx.flush();
      await publishIn(tx, NOTICE_CHANGED, {
        communityId: principal.communityId!,
        noticeId: found.id,
        buildingIds: [...new Set([...before, ...ids])],
        removed: false,
      });
      return found;
    });
    const { category, title, body, publishedAt, expiresAt } = notice;
    return { id: notice.id, category, title, body, publishedAt, expiresAt, buildings };
  },

  /** Loads the notice an event names (as the event's community). */
  async forEvent(ctx: Context, event: NoticePublished): Promise<NoticeView> {
    const found = await rows(ctx.em, NOTICE, { id: event.noticeId, community: event.communityId });
    if (!found.length) throw notFound('Notice');
    return (await withBuildings(ctx, found, event.communityId))[0];
  },

  /** What a board asking for `buildingId` (or for all) does with a changed notice. */
  async forChange(ctx: Context, event: NoticeChanged, buildingId?: string | null): Promise<NoticeChange> {
    if (event.removed) return { id: event.noticeId, notice: null };
    const found = await rows(ctx.em, NOTICE, { id: event.noticeId, community: event.communityId });
    // Deleted since (its own event follows), or moved off this board: the board drops it.
    if (!found.length) return { id: event.noticeId, notice: null };
    const [notice] = await withBuildings(ctx, found, event.communityId);
    const onBoard = !buildingId || notice.buildings.some((b) => b.id === buildingId);
    return { id: event.noticeId, notice: onBoard ? notice : null };
  },

  /** Deletes a notice; every board that shows it drops it (the event commits with the delete). */
  async remove(ctx: Context, id: string): Promise<boolean> {
    const { principal } = ctx;
    return ctx.em.transactional(async (tx) => {
      const found = await tx.findOne(Notice, { id }, { populate: ['buildings'] });
      if (!found) throw notFound('Notice');
      const buildingIds = found.buildings.getItems().map((b) => b.id);
      const n = await tx.nativeDelete(Notice, { id });
      if (!n) throw notFound('Notice');
      await publishIn(tx, NOTICE_CHANGED, {
        communityId: principal.communityId!,
        noticeId: id,
        buildingIds,
        removed: true,
      });
      return true;
    });
  },
};

/** The checks publishing and correcting share: the buildings exist (in order), the expiry is ahead. */
async function checked(ctx: Context, input: PublishNoticeInput) {
  const ids = [...new Set(input.buildingIds)];
  const buildings = await ctx.em.find(Building, { id: { $in: ids } }, { orderBy: { number: 'asc' } });
  if (buildings.length !== ids.length) throw notFound('Building');
  if (input.expiresAt && input.expiresAt <= new Date()) {
    throw badInput('The expiry date is in the past', { expiresAt: ['inPast'] });
  }
  return { ids, buildings };
}

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
