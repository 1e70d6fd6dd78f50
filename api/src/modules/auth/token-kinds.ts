import type { MikroORM } from '@mikro-orm/postgresql';
import type { Context, Principal } from '../../platform/context.js';

/**
 * Kinds of bearer token other modules issue (the street office's operators, `llo_`), which the
 * sign-in module resolves by their prefix without knowing them: the module registers how its
 * token becomes a principal, how its session ends (`signOut`), and its sign-in mutation (one
 * credential check per request counts it too).
 */
export interface TokenKind {
  prefix: string;
  /** The principal of a token of this kind; throws an AppError when it is refused. */
  resolve(orm: MikroORM, token: string, touch: boolean): Promise<Principal>;
  /** Whether a principal is of this kind. */
  owns(principal: Principal): boolean;
  /** Ends the caller's session of this kind. */
  signOut(ctx: Context): Promise<boolean>;
  /** The mutation that signs in with this kind of credential. */
  signInField: string;
}

const kinds: TokenKind[] = [];

export function registerTokenKind(kind: TokenKind): void {
  kinds.push(kind);
}

export const tokenKindOf = (token: string): TokenKind | undefined => kinds.find((k) => token.startsWith(k.prefix));

export const tokenKindOfPrincipal = (principal: Principal): TokenKind | undefined =>
  kinds.find((k) => k.owns(principal));

/** The sign-in mutations of registered kinds. */
export const signInFieldsOfKinds = (): string[] => kinds.map((k) => k.signInField);
