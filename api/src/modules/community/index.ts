import type { LinliModule } from '../../platform/module.js';
import { Building } from './building.entity.js';
import { Community } from './community.entity.js';
import { CommunityResolver } from './community.resolver.js';
import { DEMO_COMMUNITY, anyCommunity, communitySeed, createDemoCommunity } from './community.seed.js';

export { Building, Community, DEMO_COMMUNITY, anyCommunity, createDemoCommunity };

/** The community and its buildings: what every other module hangs its rows on. */
export const communityModule: LinliModule = {
  name: 'community',
  entities: [Community, Building],
  // Other modules' views may name a building (the buildings a notice is for).
  readable: ['building'],
  resolvers: [CommunityResolver],
  seed: communitySeed,
};
