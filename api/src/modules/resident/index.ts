import type { LinliModule } from '../../platform/module.js';
import { Resident } from './resident.entity.js';
import { ResidentResolver } from './resident.resolver.js';
import { DEMO_RESIDENT, residentSeed } from './resident.seed.js';

export { DEMO_RESIDENT, Resident };

/** The community's residents (signing in is the auth module's). */
export const residentModule: LinliModule = {
  name: 'resident',
  entities: [Resident],
  resolvers: [ResidentResolver],
  seed: residentSeed,
};
