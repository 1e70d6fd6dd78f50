import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { scopedEm, type Context, type Principal } from '../../platform/context.js';
import { conflict, sessionEnded, unauthenticated } from '../../platform/errors.js';
import { addressKey, consume } from '../../platform/rate-limit.js';
import { lookUp, withCommunity } from '../../platform/row-security.js';
import { TokenPrefix, hashToken, newToken } from '../../platform/tokens.js';
import { credentialLimiters, hashing } from '../auth/index.js';
import { Communities } from '../community/index.js';
import { Staff, StaffRole } from '../staff/index.js';
import { OperatorSession, OperatorUser } from './operator.entity.js';
import { StreetOfficeReason } from './street-office.reasons.js';
import type { CommunityCreated, CreateCommunityInput, OfficeCommunity } from './street-office.types.js';

// The look-ups of the street office, which belongs to no community (definer functions of the
// migration street_office).
declare module '../../platform/row-security.js' {
  interface CrossCommunityLookups {
    linli_operator_principal: true;
    linli_office_communities: true;
  }
}

/** A valid argon2id hash of a random string, checked when the username is unknown. */
let dummyHash: Promise<string> | null = null;
const dummy = () => (dummyHash ??= argon2.hash('linli-no-such-operator'));

/** An operator's token → the principal: an operator, in no community. */
export async function resolveOperator(orm: MikroORM, token: string, touch: boolean): Promise<Principal> {
  const [row] = await lookUp(orm.em, 'linli_operator_principal', [hashToken(token), touch]);
  if (!row) throw sessionEnded();
  return {
    communityId: null,
    operator: { id: row.operator_id as string, sessionId: row.id as string },
    expiresAt: new Date(row.expires_at as string).getTime(),
  };
}

export const StreetOfficeService = {
  /**
   * An operator signs in: the same budgets and argon2 gate as staff sign-in (per address, and per
   * username at an address), an unknown username checked against a dummy hash.
   */
  async signIn(ctx: Context, username: string, password: string): Promise<{ token: string; user: OperatorUser }> {
    const name = username.trim().toLowerCase();
    const address = addressKey(ctx.clientIp);
    const budgets = credentialLimiters(ctx.orm);
    const pair = `operator/${name}@${address}`;
    await consume(budgets.staffAddress, address);
    await consume(budgets.staffUserAddress, pair);
    // No community in scope (an anonymous request): the operators' tables are visible.
    const em = ctx.em;
    const found = await em.findOne(OperatorUser, { username: name });
    const user = found && !found.deactivatedAt ? found : null;
    let ok: boolean;
    try {
      const hash = user?.passwordHash ?? (await dummy());
      ok = await hashing.run('staff', () => argon2.verify(hash, password).catch(() => false));
    } catch (err) {
      await Promise.all([budgets.staffAddress.reward(address), budgets.staffUserAddress.reward(pair)]);
      throw err;
    }
    if (!user || !ok) throw unauthenticated('Wrong username or password', 'PASSWORD_WRONG');
    await Promise.all([budgets.staffAddress.reward(address), budgets.staffUserAddress.delete(pair)]);
    const token = newToken(TokenPrefix.operator);
    em.create(OperatorSession, {
      operator: user,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + ctx.config.staffSessionHours * 3600_000),
    } as OperatorSession);
    await em.flush();
    return { token, user };
  },

  async signOut(ctx: Context): Promise<boolean> {
    const id = ctx.principal.operator?.sessionId;
    if (!id) return false;
    await ctx.em.nativeUpdate(OperatorSession, { id, endedAt: null }, { endedAt: new Date() });
    return true;
  },

  me(ctx: Context): Promise<OperatorUser | null> {
    return ctx.em.findOne(OperatorUser, { id: ctx.principal.operator!.id });
  },

  /** Every community, with its size: names and counts, nothing of its residents. */
  async communities(ctx: Context): Promise<OfficeCommunity[]> {
    const rows = await lookUp(ctx.em, 'linli_office_communities', []);
    return rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      code: r.code as string,
      address: r.address as string,
      buildingCount: Number(r.building_count),
      unitCount: Number(r.unit_count),
      staffCount: Number(r.staff_count),
      createdAt: new Date(r.created_at as string),
    }));
  },

  /**
   * A community, its buildings and its first admin (a one-time password, to be changed at the
   * first sign-in), in one transaction run as the new community: row-level security checks each
   * row against it, and the operator's request itself never holds any community.
   */
  async createCommunity(ctx: Context, input: CreateCommunityInput): Promise<CommunityCreated> {
    const id = randomUUID();
    const code = input.code.trim().toLowerCase();
    try {
      return await withCommunity(id, () =>
        scopedEm(ctx.orm, id).transactional(async (em) => {
          const community = await Communities.create(em, {
            id,
            name: input.name,
            code,
            address: input.address,
            buildingCount: input.buildingCount,
            unitsPerBuilding: input.unitsPerBuilding,
          });
          const admin = await Staff.createAccount(em, id, {
            username: input.adminUsername,
            displayName: input.adminDisplayName,
            role: StaffRole.ADMIN,
          });
          return {
            community: {
              id,
              name: community.name,
              code: community.code,
              address: community.address,
              buildingCount: input.buildingCount,
              unitCount: input.buildingCount * input.unitsPerBuilding,
              staffCount: 1,
              createdAt: community.createdAt,
            },
            adminUsername: admin.user.username,
            oneTimePassword: admin.oneTimePassword,
          };
        }),
      );
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException && /code/.test(err.message)) {
        throw conflict(StreetOfficeReason.COMMUNITY_CODE_TAKEN, 'Another community has this code');
      }
      throw err;
    }
  },
};
