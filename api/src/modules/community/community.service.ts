import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { Building } from './building.entity.js';
import { Community } from './community.entity.js';

export interface NewCommunity {
  id: string;
  name: string;
  code: string;
  address: string;
  buildingCount: number;
  unitsPerBuilding: number;
}

export const CommunityService = {
  buildings(ctx: Context): Promise<Building[]> {
    return ctx.em.find(Building, {}, { orderBy: { number: 'asc' } });
  },

  /**
   * A new community and its buildings (1号楼 … N号楼), in `em`'s transaction, which must run as
   * that community (row-level security checks every row against it). The code's uniqueness is
   * the database's: a taken one fails the flush with a unique violation.
   */
  async create(em: EntityManager, input: NewCommunity): Promise<Community> {
    const community = em.create(Community, {
      id: input.id,
      name: input.name.trim(),
      code: input.code,
      address: input.address.trim(),
    } as Community);
    for (let i = 1; i <= input.buildingCount; i++) {
      em.create(Building, { community, number: i, name: `${i}号楼`, unitCount: input.unitsPerBuilding } as Building);
    }
    await em.flush();
    return community;
  },
};
