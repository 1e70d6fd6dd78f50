// Baseline: Apollo Server 5 on Express 5 with its defaults and the same one-field schema as
// bare-graphql.mjs. `api ping / apollo defaults` is then the cost of what Linli adds around
// Apollo (context, auth, query limits, plugins, error formatting), apart from Apollo's own.
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

const apollo = new ApolloServer({
  typeDefs: 'type Query { ping: String }',
  resolvers: { Query: { ping: () => 'pong' } },
});
await apollo.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(apollo));
const server = createServer(app);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
