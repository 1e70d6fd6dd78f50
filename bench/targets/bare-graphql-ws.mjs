// Baseline for fan-out: a bare graphql-ws server (graphql-js + an in-process pubsub, no auth,
// no database) with the API's queueChanged and meetingChanged shapes. POST /publish pushes one
// queue event to every subscriber — the same payload the API pushes after a takeTicket;
// POST /publish?topic=meeting one meeting event (bench/meeting.mjs).
import { createServer } from 'node:http';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

const pubsub = createPubSub();
const schema = buildSchema(`
  type QueueChange { openingId: ID! offeringId: ID! version: Int! }
  type Query { ok: Boolean }
  type MeetingChange { meetingId: ID! version: Int! }
  type Subscription { queueChanged(offeringId: ID): QueueChange! meetingChanged(meetingId: ID!): MeetingChange! }
`);
/** An async iterator of `topic`'s events, each wrapped as `{ [field]: event }`. */
function feed(topic, field) {
  return {
    [Symbol.asyncIterator]() {
      const it = pubsub.subscribe(topic)[Symbol.asyncIterator]();
      return {
        next: async () => {
          const r = await it.next();
          return r.done ? r : { done: false, value: { [field]: r.value } };
        },
        return: () => it.return(),
      };
    },
  };
}
const roots = {
  queueChanged: () => feed('QUEUE_CHANGED', 'queueChanged'),
  meetingChanged: () => feed('MEETING_CHANGED', 'meetingChanged'),
};

let version = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (req.url?.includes('topic=meeting')) pubsub.publish('MEETING_CHANGED', { meetingId: 'm', version: ++version });
    else pubsub.publish('QUEUE_CHANGED', { openingId: 's', offeringId: 'x', version: ++version });
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
