import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Context, Principal } from './context.js';
import { PlatformReason, forbidden, sessionEnded, unauthenticated } from './errors.js';

/**
 * Roles for `@Authorized(...)`. Staff roles nest: ADMIN ⊃ SECRETARY ⊃ STAFF. OPERATOR is the
 * street office's (街道办), above communities and outside all of them: it may call only what
 * says `@Authorized(Role.OPERATOR)`, and is refused everything else.
 */
export enum Role {
  ADMIN = 'ADMIN',
  SECRETARY = 'SECRETARY',
  STAFF = 'STAFF',
  KIOSK = 'KIOSK',
  SCREEN = 'SCREEN',
  RESIDENT = 'RESIDENT',
  OPERATOR = 'OPERATOR',
}

/**
 * `@Extensions(ALLOWED_BEFORE_PASSWORD_CHANGE)` on an `@Authorized` field: a staff session whose
 * account must choose its password (after a one-time one) may call it. Every other field that
 * needs a sign-in answers FORBIDDEN / PASSWORD_CHANGE_REQUIRED until the password is changed
 * (fields open to anyone, such as `viewer` and `signOut`, stay open).
 */
export const ALLOWED_BEFORE_PASSWORD_CHANGE = { allowedBeforePasswordChange: true } as const;

const staffRank = { STAFF: 1, SECRETARY: 2, ADMIN: 3 } as const;

export function hasRole(p: Principal, role: Role): boolean {
  switch (role) {
    case Role.ADMIN:
    case Role.SECRETARY:
    case Role.STAFF:
      return !!p.staff && staffRank[p.staff.role] >= staffRank[role];
    case Role.KIOSK:
      return p.device?.kind === 'KIOSK';
    case Role.SCREEN:
      return p.device?.kind === 'SCREEN';
    case Role.RESIDENT:
      return !!p.resident;
    case Role.OPERATOR:
      return !!p.operator;
  }
}

export class AuthChecker implements AuthCheckerInterface<Context, Role> {
  check({ context, info }: ResolverData<Context>, roles: Role[]): boolean {
    const p = context.principal;
    if (p.staff?.mustChangePassword) {
      const field = info.parentType.getFields()[info.fieldName];
      if (!field?.extensions?.allowedBeforePasswordChange) {
        throw forbidden('Choose a new password first', PlatformReason.PASSWORD_CHANGE_REQUIRED);
      }
    }
    // The street office's operator belongs to no community: only its own operations.
    if (p.operator) {
      if (roles.includes(Role.OPERATOR)) return true;
      throw forbidden('The street office manages communities; it sees none of their data');
    }
    if (roles.some((r) => hasRole(p, r)) || (roles.length === 0 && (p.staff || p.device))) return true;
    // Not allowed: say "sign in" when signing in would help, "forbidden" otherwise.
    if (roles.includes(Role.RESIDENT) && !p.resident && p.residentSessionExpired) {
      throw sessionEnded();
    }
    if (!p.staff && !p.device) throw unauthenticated('Please sign in');
    // At a kiosk, a resident signing in would help; staff or a screen never become residents.
    if (roles.includes(Role.RESIDENT) && !p.resident && p.device?.kind === 'KIOSK')
      throw unauthenticated('Please sign in');
    return false;
  }
}
