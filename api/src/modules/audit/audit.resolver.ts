import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { AuditService } from './audit.service.js';
import { AuditLogArgs, AuditPage } from './audit.types.js';

@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditPage, { description: "Admins: the staff actions on residents' personal data, newest first" })
  auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context): Promise<AuditPage> {
    return AuditService.log(ctx, args);
  }
}
