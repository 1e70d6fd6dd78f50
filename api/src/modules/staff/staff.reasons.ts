/** Why a staff-account action was refused. */
export enum StaffReason {
  PASSWORD_TOO_SHORT = 'PASSWORD_TOO_SHORT',
  PASSWORD_TOO_COMMON = 'PASSWORD_TOO_COMMON',
  PASSWORD_UNCHANGED = 'PASSWORD_UNCHANGED',
  CURRENT_PASSWORD_WRONG = 'CURRENT_PASSWORD_WRONG',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  OWN_ACCOUNT = 'OWN_ACCOUNT',
  LAST_ADMIN = 'LAST_ADMIN',
  STAFF_CHANGED_MEANWHILE = 'STAFF_CHANGED_MEANWHILE',
}

export const staffReasons: Record<StaffReason, string> = {
  PASSWORD_TOO_SHORT: 'The new password is shorter than the minimum length (10 characters)',
  PASSWORD_TOO_COMMON: 'The new password is common or easy to guess (it may contain the username or names)',
  PASSWORD_UNCHANGED: 'The new password is the one in use now',
  CURRENT_PASSWORD_WRONG: 'The current password given is not the one in use',
  USERNAME_TAKEN: 'The community has a staff account with this username already',
  OWN_ACCOUNT: 'Nobody changes their own role, deactivates themself or resets their own password here',
  LAST_ADMIN: "The community's last active admin cannot be demoted or deactivated",
  STAFF_CHANGED_MEANWHILE: 'The account was changed by someone else since it was read: reload and try again',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    staff: StaffReason;
  }
}
