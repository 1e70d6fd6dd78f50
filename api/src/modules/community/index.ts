import type { LinliModule } from '../../platform/module.js';
import { Building } from './building.entity.js';
import { COMMUNITY_CODE, Community } from './community.entity.js';
import { CommunityResolver } from './community.resolver.js';
import { CommunityService } from './community.service.js';
import {
  DEMO_COMMUNITY,
  DEMO_COMMUNITY_CODE,
  anyCommunity,
  communitySeed,
  createDemoCommunity,
} from './community.seed.js';

export { Building, COMMUNITY_CODE, Community, DEMO_COMMUNITY, DEMO_COMMUNITY_CODE, anyCommunity, createDemoCommunity };

export type { NewCommunity } from './community.service.js';

/** What other modules may do with communities: the street office creates them. */
export const Communities = { create: CommunityService.create };

/** The community and its buildings: what every other module hangs its rows on. */
export const communityModule: LinliModule = {
  name: 'community',
  entities: [Community, Building],
  // Other modules' views may name a building (the buildings a notice is for).
  readable: ['building'],
  resolvers: [CommunityResolver],
  seed: communitySeed,
};
