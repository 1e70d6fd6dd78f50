import type { LinliModule } from '../../platform/module.js';
import { Desk, Offering, Opening } from './corner.entity.js';
import { CornerPorts } from './corner.ports.js';
import { cornerReasons } from './corner.reasons.js';
import { CornerResolver } from './corner.resolver.js';
import { cornerSeed } from './corner.seed.js';
import { CornerService, requireSecretary, requireStaff } from './corner.service.js';

export { Desk, Offering, Opening };
export { CalendarOpening, CornerStatus } from './corner.types.js';
export { DEFAULT_END, DEFAULT_START, DEFAULT_WEEKDAYS, patternSlots } from './calendar.js';
export { workingSlots } from './openings.service.js';
export type { OfferingHolder, OpeningClosingHook } from './corner.ports.js';

/**
 * What other modules may ask of the corner: its offerings and openings, a desk's lock, and the
 * hooks through which the modules built on it (queue, bookings) take part in its changes.
 */
export const Corner = {
  ...CornerPorts,
  status: CornerService.status,
  activeOfferings: CornerService.activeOfferings,
  offering: CornerService.offering,
  offerings: CornerService.offerings,
  opening: CornerService.opening,
  openings: CornerService.openings,
  upcomingOpenings: CornerService.upcomingOpenings,
  holdOpenOpening: CornerService.holdOpenOpening,
  lockDesk: CornerService.lockDesk,
  requireStaff,
  requireSecretary,
};

/**
 * The service corner (便民服务角) itself: its offerings (each a queue line letter), the calendar
 * of its openings, and its desks. The queue and bookings build on it.
 */
export const cornerModule: LinliModule = {
  name: 'corner',
  entities: [Offering, Opening, Desk],
  // Other modules' SQL may read these (a ticket's letter, the opening now) but never write them.
  readable: ['offering', 'opening'],
  resolvers: [CornerResolver],
  reasons: cornerReasons,
  seed: cornerSeed,
};
