import { GraphQLError, type ValidationRule } from 'graphql';
import { signInFieldsOfKinds } from './token-kinds.js';

const SIGN_IN_FIELDS = new Set([
  'signInStaff',
  'signInWithPin',
  'signInWithCard',
  'pairDevice',
  'checkPinSetupCode',
  'setPinWithCode',
  'changeMyPin',
]);

/**
 * One credential check per request: aliases (`a: signInWithPin … b: signInWithPin …`) or
 * several operations cannot try many PINs or passwords in one round trip.
 */
export const oneSignInPerRequest: ValidationRule = (context) => {
  let seen = 0;
  return {
    Field(node) {
      if (!SIGN_IN_FIELDS.has(node.name.value) && !signInFieldsOfKinds().includes(node.name.value)) return;
      if (context.getParentType()?.name !== 'Mutation') return;
      seen++;
      if (seen === 2) {
        context.reportError(
          new GraphQLError('Only one sign-in per request', {
            nodes: [node],
            extensions: { reason: 'ONE_SIGN_IN_PER_REQUEST' },
          }),
        );
      }
    },
  };
};
