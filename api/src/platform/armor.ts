import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Query shape limits for every operation, HTTP and WebSocket alike. The numbers leave room
 * for the console's largest queries and stop anything built to exhaust the server.
 */
export function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: 8 },
    maxAliases: { n: 4 },
    maxDirectives: { n: 10 },
    maxTokens: { n: 2000 },
    costLimit: { maxCost: 5000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
