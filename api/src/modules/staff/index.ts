import type { LinliModule } from '../../platform/module.js';
import { PASSWORD_MIN_LENGTH, checkNewPassword, passwordProblem } from './password-policy.js';
import { StaffRole, StaffUser } from './staff-user.entity.js';
import { StaffPorts } from './staff.ports.js';
import { staffReasons } from './staff.reasons.js';
import { StaffResolver } from './staff.resolver.js';
import { createAccount } from './staff.service.js';
import { DEMO_STAFF, staffSeed } from './staff.seed.js';

export { DEMO_STAFF, PASSWORD_MIN_LENGTH, StaffRole, StaffUser, passwordProblem };
export type { EndSessionsHook } from './staff.ports.js';

/** What other modules may do with staff accounts. */
export const Staff = {
  /** An account with a one-time password, in the caller's transaction (a new community's first admin). */
  createAccount,
  /** Refuses a password the policy does not accept (BAD_USER_INPUT, PASSWORD_TOO_SHORT / _COMMON). */
  checkNewPassword,
  /** The sign-in module registers how an account's sessions end (deactivation, password reset). */
  endSessionsWith: StaffPorts.endSessionsWith,
};

/** The council's staff accounts: admins manage them; anyone changes their own password (signing in is auth's). */
export const staffModule: LinliModule = {
  name: 'staff',
  // Other modules' views may show a staff member's display name (a note's author).
  entities: [StaffUser],
  readable: ['staff_user'],
  resolvers: [StaffResolver],
  reasons: staffReasons,
  seed: staffSeed,
};
