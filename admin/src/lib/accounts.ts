/**
 * The console's rules for sign-in and staff accounts, as plain functions (the pages stay small;
 * accounts.test.ts checks these). The API decides; these only spare a round trip and say why.
 */

/** The console's token kind, by its prefix: a street-office operator's, or a staff session's. */
export const isOperatorToken = (token: string | null): boolean => !!token?.startsWith('llo_');

const COMMUNITY_KEY = 'linli.admin.community';

/** What staff typed as the community code, as the API compares it. */
export const normalizeCommunityCode = (code: string): string => code.trim().toLowerCase();

/** A community code as the API accepts it: lowercase letters, digits and hyphens, 2 to 32. */
export const COMMUNITY_CODE = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;
/** A username as the API accepts it. */
export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,31}$/;
/** The API's minimum password length. */
export const PASSWORD_MIN_LENGTH = 10;

/** The community code this browser signed in with last (prefilled on the sign-in page). */
export function rememberedCommunity(storage: Pick<Storage, 'getItem'> | null = safeStorage()): string {
  try {
    return storage?.getItem(COMMUNITY_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberCommunity(code: string, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  try {
    storage?.setItem(COMMUNITY_KEY, normalizeCommunityCode(code));
  } catch {
    // A browser that keeps nothing asks again next time.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export type SignInMode = 'staff' | 'operator';

export interface SignInForm {
  mode: SignInMode;
  community: string;
  username: string;
  password: string;
}

/** Which fields of the sign-in form are empty (the community only for staff). */
export function missingSignInFields(form: SignInForm): Partial<Record<'community' | 'username' | 'password', boolean>> {
  const missing: Partial<Record<'community' | 'username' | 'password', boolean>> = {};
  if (form.mode === 'staff' && !form.community.trim()) missing.community = true;
  if (!form.username.trim()) missing.username = true;
  if (!form.password) missing.password = true;
  return missing;
}

/** Problems of a new password before it is sent: message keys by field. */
export function newPasswordProblems(form: {
  current: string;
  next: string;
  repeat: string;
}): Partial<Record<'currentPassword' | 'newPassword' | 'repeat', string>> {
  const out: Partial<Record<'currentPassword' | 'newPassword' | 'repeat', string>> = {};
  if (!form.current) out.currentPassword = 'validation.password.currentPassword.isNotEmpty';
  if ([...form.next].length < PASSWORD_MIN_LENGTH)
    out.newPassword = 'validation.password.newPassword.PASSWORD_TOO_SHORT';
  else if (form.next === form.current) out.newPassword = 'validation.password.newPassword.PASSWORD_UNCHANGED';
  if (form.repeat !== form.next) out.repeat = 'validation.password.repeat.mismatch';
  return out;
}

export type StaffStatus = 'active' | 'mustChange' | 'deactivated';

export interface StaffRow {
  id: string;
  role: string;
  deactivatedAt?: string | null;
  mustChangePassword: boolean;
}

export const staffStatus = (s: StaffRow): StaffStatus =>
  s.deactivatedAt ? 'deactivated' : s.mustChangePassword ? 'mustChange' : 'active';

/** What an admin may do with an account on the staff page: nothing with their own. */
export function staffActions(s: StaffRow, meId: string | null | undefined) {
  const own = s.id === meId;
  const active = !s.deactivatedAt;
  return {
    own,
    changeRole: !own && active,
    resetPassword: !own && active,
    deactivate: !own && active,
    reactivate: !own && !active,
  };
}

/** Problems of a new account before it is sent: message keys by field. */
export function newStaffProblems(form: {
  username: string;
  displayName: string;
}): Partial<Record<'username' | 'displayName', string>> {
  const out: Partial<Record<'username' | 'displayName', string>> = {};
  if (!USERNAME.test(form.username.trim().toLowerCase())) out.username = 'validation.staff.username.usernameFormat';
  const name = form.displayName.trim();
  if (!name) out.displayName = 'validation.staff.displayName.isLength';
  else if ([...name].length > 40) out.displayName = 'validation.staff.displayName.isLength';
  return out;
}

export interface NewCommunityForm {
  name: string;
  code: string;
  address: string;
  buildingCount: number;
  unitsPerBuilding: number;
  adminUsername: string;
  adminDisplayName: string;
}

/** Problems of a new community before it is sent: message keys by field. */
export function newCommunityProblems(form: NewCommunityForm): Partial<Record<keyof NewCommunityForm, string>> {
  const out: Partial<Record<keyof NewCommunityForm, string>> = {};
  const name = form.name.trim();
  if (!name || [...name].length > 40) out.name = 'validation.community.name.isLength';
  if (!COMMUNITY_CODE.test(normalizeCommunityCode(form.code)))
    out.code = 'validation.community.code.communityCodeFormat';
  const address = form.address.trim();
  if (!address || [...address].length > 100) out.address = 'validation.community.address.isLength';
  if (!Number.isInteger(form.buildingCount) || form.buildingCount < 1 || form.buildingCount > 200)
    out.buildingCount = 'validation.community.buildingCount.range';
  if (!Number.isInteger(form.unitsPerBuilding) || form.unitsPerBuilding < 1 || form.unitsPerBuilding > 20)
    out.unitsPerBuilding = 'validation.community.unitsPerBuilding.range';
  if (!USERNAME.test(form.adminUsername.trim().toLowerCase()))
    out.adminUsername = 'validation.community.adminUsername.usernameFormat';
  const admin = form.adminDisplayName.trim();
  if (!admin || [...admin].length > 40) out.adminDisplayName = 'validation.community.adminDisplayName.isLength';
  return out;
}
