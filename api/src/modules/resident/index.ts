import type { LinliModule } from '../../platform/module.js';
import { Resident } from './resident.entity.js';
import { RESIDENT_CHANGED } from './resident.events.js';
import { ResidentPorts } from './resident.ports.js';
import { ResidentReason, residentReasons } from './resident.reasons.js';
import { ResidentResolver } from './resident.resolver.js';
import { DEMO_RESIDENT, residentSeed } from './resident.seed.js';
import { buildingsByNumber, ResidentService, unitsOf } from './resident.service.js';

export { DEMO_RESIDENT, Resident, ResidentPorts, ResidentReason };
export type { ResidentLeavingHook } from './resident.ports.js';
/** The field rules, for checks that must agree with them (the console's form is tested against them). */
// For the roster import (and export): the same field rules, name keys and filters as the forms and the list.
export { checkResident, cleanName, FieldProblem } from './rules.js';
export type { FieldProblems, ResidentDraft, ResidentFields } from './rules.js';
export { nameKeys } from './pinyin.js';
export { ResidentBulk, type BulkResident } from './resident.bulk.js';
export { ResidentsArgs } from './resident.types.js';
export const Residents = { buildingsByNumber, unitsOf, list: ResidentService.list };

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
