import argon2 from 'argon2';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { AppError, ErrorCode, checkId, conflict, forbidden, notFound } from '../../platform/errors.js';
import { row } from '../../platform/sql.js';
import { Audit, AuditAction } from '../audit/index.js';
import { Community } from '../community/index.js';
import { checkNewPassword, oneTimePassword } from './password-policy.js';
import { StaffRole, StaffUser } from './staff-user.entity.js';
import { endSessions } from './staff.ports.js';
import { StaffReason } from './staff.reasons.js';
import { ACTIVE_ADMINS, LOCK_ADMINS } from './staff.sql.js';
import type {
  ChangeMyPasswordInput,
  CreateStaffInput,
  SetStaffRoleInput,
  StaffPasswordIssued,
  StaffVersionInput,
} from './staff.types.js';

export interface NewAccount {
  username: string;
  displayName: string;
  role: StaffRole;
}

/**
 * Makes an account with a one-time password it must change at its first sign-in, in `em`'s
 * transaction (the caller's community, or a community being created). USERNAME_TAKEN when the
 * community has the username already.
 */
export async function createAccount(
  em: EntityManager,
  communityId: string,
  account: NewAccount,
): Promise<{ user: StaffUser; oneTimePassword: string }> {
  const password = oneTimePassword();
  const user = em.create(StaffUser, {
    community: em.getReference(Community, communityId),
    username: account.username.trim().toLowerCase(),
    displayName: account.displayName.trim(),
    role: account.role,
    passwordHash: await argon2.hash(password),
    mustChangePassword: true,
  } as StaffUser);
  try {
    await em.flush();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      em.clear();
      throw conflict(StaffReason.USERNAME_TAKEN, 'This username is taken in this community');
    }
    throw err;
  }
  return { user, oneTimePassword: password };
}

/** An admin changes another account; what the change does to it, once checked. */
type Change = (user: StaffUser, em: EntityManager) => Promise<void> | void;

interface ChangeOptions {
  /** The change leaves the account without admin rights (a demotion, a deactivation). */
  removesAdmin: (user: StaffUser) => boolean;
  /** The change ends the account's sessions (a deactivation, a password reset). */
  endsSessions?: boolean;
  audit: (user: StaffUser) => { action: AuditAction; detail: Record<string, unknown> };
}

/**
 * The rules every admin edit of an account follows, in one transaction: the account as the admin
 * saw it (its version), never the admin's own, never the community's last active admin (under a
 * per-community lock, so two admins demoting each other at once cannot leave none), by an admin
 * who still is one; then the change, its version bumped, its sessions ended if it says so, and
 * its audit line.
 */
async function changeAccount(
  ctx: Context,
  target: StaffVersionInput,
  change: Change,
  options: ChangeOptions,
): Promise<StaffUser> {
  const actorId = ctx.principal.staff!.id;
  const id = checkId(target.staffId, 'Staff account');
  if (id === actorId) throw forbidden('You cannot change your own account here', StaffReason.OWN_ACCOUNT);
  const changed = await ctx.em.transactional(async (em) => {
    await row(em, LOCK_ADMINS, {});
    const user = await em.findOne(StaffUser, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!user) throw notFound('Staff account');
    if (user.version !== target.version) {
      throw conflict(StaffReason.STAFF_CHANGED_MEANWHILE, 'Someone else changed this account meanwhile');
    }
    const wasActiveAdmin = user.role === StaffRole.ADMIN && !user.deactivatedAt;
    if (wasActiveAdmin && options.removesAdmin(user)) {
      const admins = await row(em, ACTIVE_ADMINS, {});
      if ((admins?.n ?? 0) <= 1) throw conflict(StaffReason.LAST_ADMIN, "The community's last admin stays an admin");
    }
    // The admin acting may have lost the right meanwhile (demoted by another admin).
    const actor = await em.findOne(StaffUser, { id: actorId }, { refresh: true });
    if (!actor || actor.deactivatedAt || actor.role !== StaffRole.ADMIN) throw forbidden();
    await change(user, em);
    user.version += 1;
    await em.flush();
    if (options.endsSessions) await endSessions(em, user.id);
    await Audit.record(ctx, em, options.audit(user));
    return user;
  });
  return changed;
}

function userInputs(user: { username: string; displayName: string }, community: Community | null): string[] {
  return [user.username, user.displayName, community?.name ?? '', community?.code ?? ''];
}

export const StaffService = {
  list(ctx: Context): Promise<StaffUser[]> {
    return ctx.em.find(
      StaffUser,
      {},
      { orderBy: { deactivatedAt: 'asc nulls first', role: 'asc', username: 'asc' }, refresh: true },
    );
  },

  async create(ctx: Context, input: CreateStaffInput): Promise<StaffPasswordIssued> {
    const communityId = ctx.principal.communityId!;
    return ctx.em.transactional(async (em) => {
      const { user, oneTimePassword } = await createAccount(em, communityId, input);
      await Audit.record(ctx, em, {
        action: AuditAction.STAFF_CREATED,
        detail: { staffId: user.id, username: user.username, role: user.role },
      });
      return { staff: user, oneTimePassword };
    });
  },

  setRole(ctx: Context, input: SetStaffRoleInput): Promise<StaffUser> {
    return changeAccount(
      ctx,
      input,
      (user) => {
        user.role = input.role;
      },
      {
        removesAdmin: () => input.role !== StaffRole.ADMIN,
        audit: (user) => ({
          action: AuditAction.STAFF_ROLE_CHANGED,
          detail: { staffId: user.id, username: user.username, role: input.role },
        }),
      },
    );
  },

  deactivate(ctx: Context, input: StaffVersionInput): Promise<StaffUser> {
    return changeAccount(
      ctx,
      input,
      (user) => {
        user.deactivatedAt ??= new Date();
      },
      {
        removesAdmin: () => true,
        endsSessions: true,
        audit: (user) => ({
          action: AuditAction.STAFF_DEACTIVATED,
          detail: { staffId: user.id, username: user.username },
        }),
      },
    );
  },

  reactivate(ctx: Context, input: StaffVersionInput): Promise<StaffUser> {
    return changeAccount(
      ctx,
      input,
      (user) => {
        user.deactivatedAt = null;
      },
      {
        removesAdmin: () => false,
        audit: (user) => ({
          action: AuditAction.STAFF_REACTIVATED,
          detail: { staffId: user.id, username: user.username },
        }),
      },
    );
  },

  async resetPassword(ctx: Context, input: StaffVersionInput): Promise<StaffPasswordIssued> {
    const password = oneTimePassword();
    const passwordHash = await argon2.hash(password);
    const staff = await changeAccount(
      ctx,
      input,
      (user) => {
        user.passwordHash = passwordHash;
        user.mustChangePassword = true;
      },
      {
        removesAdmin: () => false,
        endsSessions: true,
        audit: (user) => ({
          action: AuditAction.STAFF_PASSWORD_RESET,
          detail: { staffId: user.id, username: user.username },
        }),
      },
    );
    return { staff, oneTimePassword: password };
  },

  /**
   * The signed-in staff member chooses a new password (at the first sign-in after a one-time
   * one, or whenever they like). Their other sessions end; this one goes on.
   */
  async changeMyPassword(ctx: Context, input: ChangeMyPasswordInput): Promise<boolean> {
    const me = ctx.principal.staff;
    if (!me) throw forbidden();
    const user = await ctx.em.findOne(StaffUser, { id: me.id }, { populate: ['community'], refresh: true });
    if (!user || user.deactivatedAt) throw forbidden();
    const ok = await argon2.verify(user.passwordHash, input.currentPassword).catch(() => false);
    if (!ok) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'The current password is not right', {
        reason: StaffReason.CURRENT_PASSWORD_WRONG,
        fields: { currentPassword: [StaffReason.CURRENT_PASSWORD_WRONG] },
      });
    }
    if (input.newPassword === input.currentPassword) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Choose a password other than the current one', {
        reason: StaffReason.PASSWORD_UNCHANGED,
        fields: { newPassword: [StaffReason.PASSWORD_UNCHANGED] },
      });
    }
    checkNewPassword(input.newPassword, userInputs(user, user.community as Community), 'newPassword');
    const passwordHash = await argon2.hash(input.newPassword);
    await ctx.em.transactional(async (em) => {
      const locked = await em.findOneOrFail(
        StaffUser,
        { id: me.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      locked.passwordHash = passwordHash;
      locked.mustChangePassword = false;
      locked.version += 1;
      await em.flush();
      await endSessions(em, me.id, { exceptSessionId: me.sessionId });
    });
    return true;
  },
};
