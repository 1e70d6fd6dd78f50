import type { LinliModule } from '../../platform/module.js';
import { Resident } from './resident.entity.js';
import { ResidentResolver } from './resident.resolver.js';
import { DEMO_RESIDENT, residentSeed } from './resident.seed.js';

export { DEMO_RESIDENT, Resident };

/** The community's residents (signing in is the auth module's). */
export const residentModule: LinliModule = {
  name: 'resident',
  // Other modules' views may show a resident's name (a work order's, to staff).
  entities: [Resident],
  readable: ['resident'],
  resolvers: [ResidentResolver],
  seed: residentSeed,
};
