import type { Filter } from '@mikro-orm/core';

type FilterDef = Parameters<typeof Filter>[0];

/**
 * Every tenant-owned entity carries this filter. It is on by default and has no fallback:
 * an EntityManager without `communityId` set refuses to query tenant data at all, so a
 * forgotten scope fails loudly instead of leaking another community's rows.
 */
export const TENANT_FILTER = 'tenant';

export interface TenantFilterArgs {
  communityId: string;
}

export const tenantFilter: FilterDef = {
  name: TENANT_FILTER,
  cond: (args: TenantFilterArgs) => ({ community: args.communityId }),
  default: true,
};
