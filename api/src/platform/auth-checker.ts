import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Context, Principal } from './context.js';
import { sessionEnded, unauthenticated } from './errors.js';

/** Roles for `@Authorized(...)`. Staff roles nest: ADMIN ⊃ SECRETARY ⊃ STAFF. */
export enum Role {
  ADMIN = 'ADMIN',
  SECRETARY = 'SECRETARY',
  STAFF = 'STAFF',
  KIOSK = 'KIOSK',
  SCREEN = 'SCREEN',
  RESIDENT = 'RESIDENT',
}

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
  }
}

export class AuthChecker implements AuthCheckerInterface<Context, Role> {
  check({ context }: ResolverData<Context>, roles: Role[]): boolean {
    const p = context.principal;
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
