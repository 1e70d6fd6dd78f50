import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { LedgerService } from './ledger.service.js';
import { LedgerCheckView } from './ledger.types.js';

@Resolver()
export class LedgerResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => LedgerCheckView, {
    description: 'Recomputes every balance of the community from its entries and reports any difference',
  })
  async verifyLedger(@Ctx() ctx: Context): Promise<LedgerCheckView> {
    const check = await LedgerService.verify(ctx.em);
    return { ...check, ok: check.mismatches.length === 0 && check.problems.length === 0, checkedAt: new Date() };
  }
}
