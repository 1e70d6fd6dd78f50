// Baseline: node:http answering every request with a fixed JSON body. Nothing is cheaper;
// it is the ceiling for this machine, this Node and this load generator.
import { createServer } from 'node:http';

const body = Buffer.from(JSON.stringify({ data: { ping: 'pong' } }));
const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length };

const server = createServer((req, res) => {
  req.resume(); // drain any request body
  res.writeHead(200, headers);
  res.end(body);
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
