import type { LimiterInfo, LinliModule } from '../../platform/module.js';
import { authReasons } from './auth.reasons.js';
import { AuthResolver } from './auth.resolver.js';
import { Staff } from '../staff/index.js';
import { PIN_LOCK_MINUTES, PIN_MAX_TRIES, endStaffSessions, resolvePrincipal } from './auth.service.js';
import { BUDGETS, credentialLimiters, hashing } from './budgets.js';
import { oneSignInPerRequest } from './one-sign-in.rule.js';
import { Session, SessionKind } from './session.entity.js';
import { registerTokenKind } from './token-kinds.js';
import { PinResolver } from './pin.resolver.js';
import { endResidentSessions } from './pin.service.js';
import { ResidentPorts } from '../resident/index.js';

// A resident who moves away or is erased is signed out everywhere, in that same transaction.
ResidentPorts.whenResidentLeaves(endResidentSessions);

export { BUDGETS, PIN_LOCK_MINUTES, PIN_MAX_TRIES, Session, SessionKind, credentialLimiters, hashing };
export type { TokenKind } from './token-kinds.js';

/** What other modules may ask of sign-in. */
export const Auth = {
  /** Another kind of bearer token (the street office's operators), resolved by its prefix. */
  registerTokenKind,
};

// Deactivating an account, resetting or changing its password ends its sessions.
Staff.endSessionsWith(endStaffSessions);

/**
 * Signing in and out: staff by password, residents at a kiosk by phone + PIN or card, devices
 * by token; residents' PINs (set-up codes, changes, locks lifted); turns every request's credentials into who is calling.
 */
export const authModule: LinliModule = {
  name: 'auth',
  entities: [Session],
  resolvers: [AuthResolver, PinResolver],
  reasons: authReasons,
  principal: resolvePrincipal,
  validationRules: [oneSignInPerRequest],
  limiters: {
    staffUserAddress: { store: 'postgres', guards: 'staff sign-in failures per (username, address)' },
    staffAddress: { store: 'postgres', guards: 'staff sign-in failures per address' },
    staffUser: { store: 'postgres', guards: 'staff sign-in failures per username, from all addresses' },
    pairing: { store: 'postgres', guards: 'pairing-code attempts per address' },
    deviceSignIn: { store: 'postgres', guards: 'failed resident sign-ins per kiosk' },
  } satisfies Record<keyof typeof BUDGETS, LimiterInfo>,
};
