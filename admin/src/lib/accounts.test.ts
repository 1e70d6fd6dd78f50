import { describe, expect, it } from 'vitest';
import {
  isOperatorToken,
  missingSignInFields,
  newCommunityProblems,
  newPasswordProblems,
  newStaffProblems,
  normalizeCommunityCode,
  rememberCommunity,
  rememberedCommunity,
  staffActions,
  staffStatus,
} from './accounts';

describe('sign-in', () => {
  it('tells operator tokens from staff ones', () => {
    expect(isOperatorToken('llo_abc')).toBe(true);
    expect(isOperatorToken('lls_abc')).toBe(false);
    expect(isOperatorToken(null)).toBe(false);
  });

  it('remembers the community code per browser, as the API compares it', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(rememberedCommunity(storage)).toBe('');
    rememberCommunity('  XingFuLi ', storage);
    expect(rememberedCommunity(storage)).toBe('xingfuli');
    expect(normalizeCommunityCode(' Ab-1 ')).toBe('ab-1');
  });

  it('asks for the community only of staff', () => {
    expect(missingSignInFields({ mode: 'staff', community: ' ', username: 'a', password: 'p' })).toEqual({
      community: true,
    });
    expect(missingSignInFields({ mode: 'operator', community: '', username: '', password: '' })).toEqual({
      username: true,
      password: true,
    });
  });
});

describe('passwords and accounts', () => {
  it('checks a new password before sending it', () => {
    expect(newPasswordProblems({ current: 'old-one-xx', next: 'short', repeat: 'short' })).toEqual({
      newPassword: 'validation.password.newPassword.PASSWORD_TOO_SHORT',
    });
    expect(newPasswordProblems({ current: 'same-password', next: 'same-password', repeat: 'same-password' })).toEqual({
      newPassword: 'validation.password.newPassword.PASSWORD_UNCHANGED',
    });
    expect(newPasswordProblems({ current: '', next: 'tulip-harbor-93', repeat: 'tulip-harbor-9' })).toEqual({
      currentPassword: 'validation.password.currentPassword.isNotEmpty',
      repeat: 'validation.password.repeat.mismatch',
    });
    expect(newPasswordProblems({ current: 'x', next: 'tulip-harbor-93', repeat: 'tulip-harbor-93' })).toEqual({});
  });

  it("offers no action on one's own account, and reactivation only to deactivated ones", () => {
    const me = { id: 'me', role: 'ADMIN', mustChangePassword: false };
    expect(staffActions(me, 'me')).toEqual({
      own: true,
      changeRole: false,
      resetPassword: false,
      deactivate: false,
      reactivate: false,
    });
    const gone = { id: 'x', role: 'STAFF', deactivatedAt: '2026-12-01T00:00:00Z', mustChangePassword: false };
    expect(staffActions(gone, 'me')).toMatchObject({ changeRole: false, deactivate: false, reactivate: true });
    expect(staffStatus(gone)).toBe('deactivated');
    expect(staffStatus({ id: 'y', role: 'STAFF', mustChangePassword: true })).toBe('mustChange');
  });

  it('checks a new account and a new community before sending them', () => {
    expect(newStaffProblems({ username: 'Li Si', displayName: '' })).toEqual({
      username: 'validation.staff.username.usernameFormat',
      displayName: 'validation.staff.displayName.isLength',
    });
    expect(newStaffProblems({ username: 'lisi', displayName: '李四' })).toEqual({});
    const ok = {
      name: '阳光苑社区',
      code: 'yangguang',
      address: '阳光路 1 号',
      buildingCount: 6,
      unitsPerBuilding: 2,
      adminUsername: 'admin',
      adminDisplayName: '刘主任',
    };
    expect(newCommunityProblems(ok)).toEqual({});
    expect(newCommunityProblems({ ...ok, code: 'bad code', buildingCount: 0, unitsPerBuilding: 1.5 })).toEqual({
      code: 'validation.community.code.communityCodeFormat',
      buildingCount: 'validation.community.buildingCount.range',
      unitsPerBuilding: 'validation.community.unitsPerBuilding.range',
    });
  });
});
