import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../platform/context.js';
import { Resident } from './resident.entity.js';
import type { ResidentPage, ResidentsArgs } from './resident.types.js';

export const ResidentService = {
  async list(ctx: Context, args: ResidentsArgs): Promise<ResidentPage> {
    const where: FilterQuery<Resident> = {};
    if (args.buildingId) where.building = args.buildingId;
    const q = args.search?.trim();
    if (q) {
      const like = `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      where.$or = [{ name: { $like: like } }, { phone: { $like: like } }];
    }
    const [items, total] = await ctx.em.findAndCount(Resident, where, {
      populate: ['building'],
      orderBy: { building: { number: 'asc' }, room: 'asc', name: 'asc' },
      offset: args.offset,
      limit: args.limit,
    });
    return { items, total };
  },
};
