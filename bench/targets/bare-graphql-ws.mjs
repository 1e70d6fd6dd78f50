// Baseline for fan-out: a bare graphql-ws server (graphql-js + an in-process pubsub, no auth,
// no database) with the API's queueChanged shape. POST /publish pushes one event to every
// subscriber — the same payload the API pushes after a takeTicket.
import { createServer } from 'node:http';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

const pubsub = createPubSub();
const schema = buildSchema(`
  type QueueChange { openingId: ID! offeringId: ID! version: Int! }
  type Query { ok: Boolean }
  type Subscription { queueChanged(offeringId: ID): QueueChange! }
`);
const roots = {
  queueChanged: () => ({
    [Symbol.asyncIterator]() {
      const it = pubsub.subscribe('QUEUE_CHANGED')[Symbol.asyncIterator]();
      return {
        next: async () => {
          const r = await it.next();
          return r.done ? r : { done: false, value: { queueChanged: r.value } };
        },
        return: () => it.return(),
      };
    },
  }),
};

let version = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    pubsub.publish('QUEUE_CHANGED', { openingId: 's', offeringId: 'x', version: ++version });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
});
useServer({ schema, roots: { subscription: roots } }, new WebSocketServer({ server, path: '/graphql' }));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
