import type { QBFilterQuery } from '@mikro-orm/postgresql';
import { scopedEm, tenantWhere, type Context } from '../../platform/context.js';
import { badInput, notFound } from '../../platform/errors.js';
import { publishIn } from '../../platform/pubsub.js';
import { NOTICE_PUBLISHED, type NoticePublished } from './notice.events.js';
import { Building, Community } from '../community/index.js';
import { Resident } from '../resident/index.js';
import { StaffUser } from '../staff/index.js';
import { Notice } from './notice.entity.js';
import type { NoticesArgs, NoticeView, PublishNoticeInput } from './notice.types.js';

type NoticeRow = Omit<NoticeView, 'buildings'>;
const VIEW_FIELDS = ['id', 'category', 'title', 'body', 'publishedAt', 'expiresAt'] as const;

export const NoticeService = {
  /** Current notices, newest first; staff may ask for expired ones too. Two statements, whatever the count. */
  async list(ctx: Context, args: NoticesArgs): Promise<NoticeView[]> {
    const where: QBFilterQuery<Notice> = {};
    if (!(args.includeExpired && ctx.principal.staff)) {
      where.$or = [{ expiresAt: null }, { expiresAt: { $gt: new Date() } }];
    }
    const qb = ctx.em.createQueryBuilder(Notice).where(await tenantWhere(ctx.em, Notice, where));
    if (args.buildingId) {
      qb.andWhere(
        `exists (select 1 from notice_building nb where nb.notice_id = ${qb.alias}.id and nb.building_id = ?)`,
        [args.buildingId],
      );
    }
    const rows = (await qb
      .select([...VIEW_FIELDS])
      .orderBy({ publishedAt: 'desc', id: 'desc' })
      .limit(args.first)
      .execute('all', true)) as NoticeRow[];
    return withBuildings(ctx, rows);
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

  /** Loads the notice an event names, in a fresh EntityManager for this event. */
  async forEvent(ctx: Context, event: NoticePublished): Promise<NoticeView> {
    const em = scopedEm(ctx.orm, ctx.principal.communityId);
    const qb = em.createQueryBuilder(Notice).where(await tenantWhere(em, Notice, { id: event.noticeId }));
    const rows = (await qb.select([...VIEW_FIELDS]).execute('all', true)) as NoticeRow[];
    if (!rows.length) throw notFound('Notice');
    return (await withBuildings({ ...ctx, em }, rows))[0];
  },

  async remove(ctx: Context, id: string): Promise<boolean> {
    const n = await ctx.em.nativeDelete(Notice, { id });
    if (!n) throw notFound('Notice');
    return true;
  },
};

/**
 * Adds each notice's buildings with one statement. The notices were read through the tenant
 * filter, so their ids scope this query.
 */
async function withBuildings(ctx: Pick<Context, 'em'>, rows: NoticeRow[]): Promise<NoticeView[]> {
  if (!rows.length) return [];
  const links = await ctx.em.execute<Array<{ notice_id: string; id: string; number: number; name: string }>>(
    `SELECT nb.notice_id, b.id, b.number, b.name FROM notice_building nb JOIN building b ON b.id = nb.building_id
      WHERE nb.notice_id IN (?) ORDER BY b.number`,
    [rows.map((n) => n.id)],
  );
  const byNotice = new Map<string, NoticeView['buildings']>();
  for (const { notice_id, ...building } of links) {
    const list = byNotice.get(notice_id) ?? [];
    list.push(building);
    byNotice.set(notice_id, list);
  }
  return rows.map((n) => ({ ...n, buildings: byNotice.get(n.id) ?? [] }));
}
