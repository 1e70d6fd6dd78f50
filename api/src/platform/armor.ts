import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Tokens per document, enforced by graphql-js's own parser (`parse(source, { maxTokens })`).
 * Armor's token plugin re-parses each HTTP request in a hook, which answers every syntax
 * error with a 500, and never sees WebSocket operations.
 */
export const MAX_TOKENS = 2000;

/**
 * Query shape limits for every operation, HTTP and WebSocket alike. The numbers leave room
 * for the console's largest queries and stop anything built to exhaust the server.
 */
export function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: 8 },
    // Every alias counts: armor's default allow-list exempts `__typename`, so fifty aliases of it
    // (each one more field to resolve and answer) passed a limit of four.
    maxAliases: { n: 4, allowList: [] },
    maxDirectives: { n: 10 },
    maxTokens: { enabled: false },
    costLimit: { maxCost: 5000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
