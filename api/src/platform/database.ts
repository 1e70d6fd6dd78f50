import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { Building } from '../modules/community/building.entity.js';
import { Community } from '../modules/community/community.entity.js';
import { Device } from '../modules/device/device.entity.js';
import { Notice } from '../modules/notice/notice.entity.js';
import { Resident } from '../modules/resident/resident.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { StaffUser } from '../modules/staff/staff-user.entity.js';
import {
  Booking,
  CornerCounter,
  CornerService,
  CornerSession,
  QueueLine,
  Ticket,
} from '../modules/service-corner/service-corner.entity.js';
import { WorkOrder, WorkOrderNote } from '../modules/work-order/work-order.entity.js';
import { migrationsList } from '../migrations/index.js';
import type { Logger } from './logger.js';

export const entities = [
  Community,
  Building,
  Resident,
  StaffUser,
  Device,
  Session,
  Notice,
  CornerService,
  CornerSession,
  QueueLine,
  CornerCounter,
  Ticket,
  Booking,
  WorkOrder,
  WorkOrderNote,
];

export interface OrmOptions {
  url: string;
  log: Logger;
  poolMax?: number;
  /** Called with each SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
}

export function ormConfig({ url, log, poolMax = 20, onQuery }: OrmOptions): Options {
  return {
    clientUrl: url,
    entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: poolMax },
    debug: onQuery ? ['query'] : false,
    logger: (message: string) => {
      if (onQuery) onQuery(message);
      else log.debug({ orm: message }, 'orm');
    },
    colors: false,
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  };
}

export async function openDatabase(opts: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(opts));
  await orm.migrator.up();
  return orm;
}
