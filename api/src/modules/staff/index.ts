import type { LinliModule } from '../../platform/module.js';
import { StaffRole, StaffUser } from './staff-user.entity.js';
import { DEMO_STAFF, staffSeed } from './staff.seed.js';

export { DEMO_STAFF, StaffRole, StaffUser };

/** The council's staff accounts (signing in is the auth module's). */
export const staffModule: LinliModule = {
  name: 'staff',
  // Other modules' views may show a staff member's display name (a note's author).
  entities: [StaffUser],
  readable: ['staff_user'],
  seed: staffSeed,
};
