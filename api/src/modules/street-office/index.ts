import type { LinliModule } from '../../platform/module.js';
import { TokenPrefix } from '../../platform/tokens.js';
import { Auth } from '../auth/index.js';
import { OperatorSession, OperatorUser } from './operator.entity.js';
import { streetOfficeReasons } from './street-office.reasons.js';
import { StreetOfficeResolver } from './street-office.resolver.js';
import { StreetOfficeService, resolveOperator } from './street-office.service.js';
import { DEMO_OPERATOR, streetOfficeSeed } from './street-office.seed.js';

export { DEMO_OPERATOR, OperatorUser };

// Operators' tokens (`llo_`) are resolved, and signed out, by this module.
Auth.registerTokenKind({
  prefix: TokenPrefix.operator,
  resolve: resolveOperator,
  owns: (p) => !!p.operator,
  signOut: StreetOfficeService.signOut,
  signInField: 'signInOperator',
});

/**
 * The street office (街道办) above the communities: its operators open communities (buildings
 * and the first admin) and see the list, sizes only. They belong to no community, so every
 * tenant table stays closed to them (their requests run with none set).
 */
export const streetOfficeModule: LinliModule = {
  name: 'street-office',
  entities: [OperatorUser, OperatorSession],
  resolvers: [StreetOfficeResolver],
  reasons: streetOfficeReasons,
  seed: streetOfficeSeed,
};
