import { Query, Resolver } from 'type-graphql';

@Resolver()
export class HealthResolver {
  @Query(() => String, { description: 'Always "pong": a liveness probe through the whole GraphQL stack' })
  ping(): string {
    return 'pong';
  }
}
