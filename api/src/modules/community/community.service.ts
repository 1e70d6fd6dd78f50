import type { Context } from '../../platform/context.js';
import { Building } from './building.entity.js';

export const CommunityService = {
  buildings(ctx: Context): Promise<Building[]> {
    return ctx.em.find(Building, {}, { orderBy: { number: 'asc' } });
  },
};
