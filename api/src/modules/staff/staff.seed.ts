import argon2 from 'argon2';
import type { SeedStep } from '../../platform/module.js';
import { Community } from '../community/index.js';
import { StaffRole, StaffUser } from './staff-user.entity.js';

/** The demo's staff accounts (the README lists them). */
export const DEMO_STAFF = [
  { username: 'admin', password: 'linli-admin', displayName: '王主任', role: StaffRole.ADMIN },
  { username: 'secretary', password: 'linli-secretary', displayName: '李秘书', role: StaffRole.SECRETARY },
  { username: 'staff', password: 'linli-staff', displayName: '赵社工', role: StaffRole.STAFF },
] as const;

export const staffSeed: SeedStep = async ({ em, communityId }) => {
  const community = em.getReference(Community, communityId);
  for (const s of DEMO_STAFF) {
    em.create(StaffUser, {
      community,
      username: s.username,
      displayName: s.displayName,
      role: s.role,
      passwordHash: await argon2.hash(s.password),
    } as StaffUser);
  }
  await em.flush();
};
