import type { Auth, TestApp } from './harness.js';
import { Community } from '../src/modules/community/index.js';
import { Desk, Offering, Opening } from '../src/modules/corner/index.js';
import { StaffRole } from '../src/modules/staff/index.js';

export interface BookingCornerOptions {
  /** Places per session. */
  capacity: number;
  /** Residents signed in at the community's kiosk. */
  residents: number;
  limitedMobility?: boolean;
  /** Sessions, this many days ahead (default: one, tomorrow). */
  daysAhead?: number[];
}

/** For booking tests: one service (letter A), future sessions, and residents signed in at a kiosk. */
export async function bookingCorner(t: TestApp, opts: BookingCornerOptions) {
  const { community, buildings } = await t.newCommunity();
  const em = t.em();
  const ref = em.getReference(Community, community.id);
  const service = em.create(Offering, {
    community: ref,
    letter: 'A',
    name: '修锁',
    bookingCapacity: opts.capacity,
  } as Offering);
  const sessions = (opts.daysAhead ?? [1]).map((days) => {
    const startsAt = new Date(Date.now() + days * 86_400_000);
    return em.create(Opening, {
      community: ref,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    } as Opening);
  });
  await em.flush();
  const kiosk = await t.newDevice(community.id);
  const auths: Auth[] = [];
  for (let i = 0; i < opts.residents; i++) {
    const { phone } = await t.newResident(buildings[0], { limitedMobility: opts.limitedMobility ?? false });
    auths.push(await t.residentSession(kiosk.token, phone));
  }
  return { service, sessions, auths, communityId: community.id };
}

/**
 * For queue tests: a corner open now with services A and B, counters 1号台 and 2号台, staff,
 * and `residents` signed in at the community's kiosk.
 */
export async function openCorner(t: TestApp, residents = 2) {
  const { community, buildings } = await t.newCommunity();
  const em = t.em();
  const ref = em.getReference(Community, community.id);
  const [a, b] = ['A', 'B'].map((letter) =>
    em.create(Offering, { community: ref, letter, name: `服务${letter}` } as Offering),
  );
  const startsAt = new Date(Date.now() - 3_600_000);
  em.create(Opening, {
    community: ref,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
  } as Opening);
  const counters = ['1号台', '2号台'].map((name) => em.create(Desk, { community: ref, name } as Desk));
  await em.flush();
  const kiosk = await t.newDevice(community.id);
  const signedIn: Auth[] = [];
  for (let i = 0; i < residents; i++)
    signedIn.push(await t.residentSession(kiosk.token, (await t.newResident(buildings[0])).phone));
  const staff = await t.newStaff(community.id, StaffRole.STAFF);
  return { a, b, counters, residents: signedIn, staff, communityId: community.id };
}
