import type { LinliModule } from '../../platform/module.js';
import { Resident } from './resident.entity.js';
import { RESIDENT_CHANGED } from './resident.events.js';
import { ResidentPorts } from './resident.ports.js';
import { residentReasons } from './resident.reasons.js';
import { ResidentResolver } from './resident.resolver.js';
import { DEMO_RESIDENT, residentSeed } from './resident.seed.js';

export { DEMO_RESIDENT, Resident, ResidentPorts };
export type { ResidentLeavingHook } from './resident.ports.js';

/** The community's residents and their households (signing in is the auth module's). */
export const residentModule: LinliModule = {
  name: 'resident',
  // Other modules' views may show a resident's name (a work order's, to staff).
  entities: [Resident],
  readable: ['resident'],
  resolvers: [ResidentResolver],
  reasons: residentReasons,
  topics: [RESIDENT_CHANGED],
  seed: residentSeed,
};
