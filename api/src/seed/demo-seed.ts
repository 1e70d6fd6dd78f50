import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { modules } from '../modules.js';
import { DEMO_COMMUNITY, DEMO_COMMUNITY_CODE, anyCommunity, createDemoCommunity } from '../modules/community/index.js';
import type { DemoDevices } from '../modules/device/index.js';
import { DEMO_RESIDENT } from '../modules/resident/index.js';
import { DEMO_STAFF } from '../modules/staff/index.js';
import { DEMO_OPERATOR } from '../modules/street-office/index.js';
import type { Config } from '../platform/config.js';
import { StartupLock, startupError, withStartupLock } from '../platform/database.js';
import type { Logger } from '../platform/logger.js';

export type { DemoDevices };

/** What the demo offers to sign in with (the README, the start-up banner and the tests use it). */
export const DEMO = {
  community: DEMO_COMMUNITY,
  /** Typed at the console's sign-in (社区代码). */
  communityCode: DEMO_COMMUNITY_CODE,
  /** The street office's operator (街道办). */
  operator: DEMO_OPERATOR,
  resident: DEMO_RESIDENT,
  residentPin: DEMO_RESIDENT.pin,
  staff: DEMO_STAFF,
} as const;

/**
 * Seeds the demo community into an empty database — each module's seed step, in the modules'
 * order, in one transaction — and returns the demo's device tokens; on a database seeded
 * before, returns those the earlier seed wrote. Under an advisory lock: of two instances
 * starting at once, one seeds and the other waits, then finds the community and reads the
 * devices the first one wrote.
 */
export async function seedDemo(orm: MikroORM, config: Config, log: Logger): Promise<DemoDevices | null> {
  try {
    return await withStartupLock(orm.config.get('clientUrl')!, StartupLock.demoSeed, log, () =>
      seedUnlocked(orm, config.dataDir, log),
    );
  } catch (err) {
    // A failing INSERT's message once printed the demo staff's password hashes at start-up.
    throw startupError('Seeding the demo community', err);
  }
}

async function seedUnlocked(orm: MikroORM, dataDir: string, log: Logger): Promise<DemoDevices | null> {
  const file = path.join(dataDir, 'demo-devices.json');
  if (await anyCommunity(orm.em.fork())) {
    return existsSync(file) ? (JSON.parse(await fs.readFile(file, 'utf8')) as DemoDevices) : null;
  }
  const started = Date.now();
  const shown: Record<string, string> = {};
  await orm.em.fork().transactional(async (em) => {
    const communityId = await createDemoCommunity(em);
    for (const m of modules) Object.assign(shown, (await m.seed?.({ em, log, communityId })) ?? {});
  });
  const devices = shown as unknown as DemoDevices;
  await fs.mkdir(dataDir, { recursive: true });
  await fs.writeFile(file, JSON.stringify(devices, null, 2), { mode: 0o600 });
  log.info({ ms: Date.now() - started }, 'seeded the demo community');
  return devices;
}
