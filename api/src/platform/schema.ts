import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CommunityResolver } from '../modules/community/community.resolver.js';
import { DeviceResolver } from '../modules/device/device.resolver.js';
import { HealthResolver } from '../modules/health/health.resolver.js';
import { NoticeResolver } from '../modules/notice/notice.resolver.js';
import { ResidentResolver } from '../modules/resident/resident.resolver.js';
import { BookingResolver } from '../modules/service-corner/booking.resolver.js';
import { CornerSetupResolver } from '../modules/service-corner/corner-setup.resolver.js';
import { FollowResolver, TicketFollowResolver } from '../modules/service-corner/follow.resolver.js';
import { ServiceCornerResolver } from '../modules/service-corner/service-corner.resolver.js';
import { WorkOrderResolver } from '../modules/work-order/work-order.resolver.js';
import { AuthChecker } from './auth-checker.js';
import { guardTextInputs } from './input-guard.js';
import type { AppPubSub } from './pubsub.js';

export const resolvers = [
  HealthResolver,
  AuthResolver,
  CommunityResolver,
  ResidentResolver,
  DeviceResolver,
  NoticeResolver,
  ServiceCornerResolver,
  BookingResolver,
  CornerSetupResolver,
  FollowResolver,
  TicketFollowResolver,
  WorkOrderResolver,
] as const;

export async function buildAppSchema(pubSub?: AppPubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker: AuthChecker,
    // Only emitting the SDL builds without a live pubsub; serving always passes one.
    pubSub: pubSub ?? {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('no pubsub');
      },
    },
    validate: { forbidUnknownValues: false },
  });
  // Control characters in any text argument are refused here, before resolvers and auth checks
  // (type-graphql's validateFn would replace class-validator, and sees no arguments of subscribe).
  return guardTextInputs(schema);
}

export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
