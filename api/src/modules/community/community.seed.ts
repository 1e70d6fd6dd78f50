import type { SeedStep } from '../../platform/module.js';
import { Building } from './building.entity.js';
import { Community } from './community.entity.js';

export const DEMO_COMMUNITY = '幸福里社区';
/** The demo community's code, typed at the console's sign-in. */
export const DEMO_COMMUNITY_CODE = 'xingfuli';
export const DEMO_COMMUNITY_ADDRESS = '幸福路 88 号';

/** Makes the demo community (the seed's first step; its id is the seed's community). */
export async function createDemoCommunity(em: import('@mikro-orm/postgresql').EntityManager): Promise<string> {
  const community = em.create(Community, {
    name: DEMO_COMMUNITY,
    code: DEMO_COMMUNITY_CODE,
    address: DEMO_COMMUNITY_ADDRESS,
  } as Community);
  await em.flush();
  return community.id;
}

/** True when the database holds a community already (the demo is seeded only into an empty one). */
export async function anyCommunity(em: import('@mikro-orm/postgresql').EntityManager): Promise<boolean> {
  return (await em.count(Community, {}, { filters: false })) > 0;
}

/** Twelve buildings, 1号楼 to 12号楼, one unit (单元) each. */
export const communitySeed: SeedStep = async ({ em, communityId }) => {
  const community = em.getReference(Community, communityId);
  for (let i = 0; i < 12; i++)
    em.create(Building, { community, number: i + 1, name: `${i + 1}号楼`, unitCount: 1 } as Building);
  await em.flush();
};
