import { auditModule } from './modules/audit/index.js';
import { authModule } from './modules/auth/index.js';
import { bookingModule } from './modules/booking/index.js';
import { communityModule } from './modules/community/index.js';
import { cornerModule } from './modules/corner/index.js';
import { deliberationModule } from './modules/deliberation/index.js';
import { deviceModule } from './modules/device/index.js';
import { followModule } from './modules/follow/index.js';
import { healthModule } from './modules/health/index.js';
import { ledgerModule } from './modules/ledger/index.js';
import { meetingModule } from './modules/meeting/index.js';
import { noticeModule } from './modules/notice/index.js';
import { pointsModule } from './modules/points/index.js';
import { queueModule } from './modules/queue/index.js';
import { residentModule } from './modules/resident/index.js';
import { rosterModule } from './modules/roster/index.js';
import { staffModule } from './modules/staff/index.js';
import { streetOfficeModule } from './modules/street-office/index.js';
import { workOrderModule } from './modules/work-order/index.js';
import { entitiesOf } from './platform/database.js';
import type { LinliModule } from './platform/module.js';

/**
 * The feature modules this API serves, in order: a module comes after those it builds on (their
 * demo seed steps run in this order). Adding a module is a folder, one line here, a migration.
 */
export const modules: readonly LinliModule[] = [
  healthModule,
  communityModule,
  staffModule,
  residentModule,
  auditModule,
  rosterModule,
  deviceModule,
  authModule,
  streetOfficeModule,
  noticeModule,
  cornerModule,
  queueModule,
  bookingModule,
  followModule,
  workOrderModule,
  ledgerModule,
  pointsModule,
  // Meeting before deliberation, which builds on it (and on points): loading deliberation's
  // index.ts registers its hooks on the meeting module — `Meetings.setAgendaSource` (agendas are
  // built from its classified matters) and `Meetings.onItemEvent` (votes and decisions go into a
  // matter's file inside the chair's transaction) — and its services award points through Points.
  // Listed after them, what it hooks into is set up first: their seed steps (a demo meeting and
  // council, the points rules) and jobs run before its own, as the list's order says.
  meetingModule,
  deliberationModule,
];

/** The tables of these modules and the platform's own (migrations and tests open the ORM with them). */
export const entities = entitiesOf(modules);
