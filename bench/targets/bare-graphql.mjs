// Baseline: graphql-js over node:http, nothing else. Reads a POSTed JSON body and runs it on a
// one-field schema `{ ping: String }` — what `graphql({ schema, source })` does, except that
// parse + validate happen once per distinct query string and the document is reused after
// that. Apollo Server does the same (its document store caches the parsed and validated
// document, keyed by the query's hash), so the comparison with the API is like for like.
import { createServer } from 'node:http';
import { buildSchema, execute, parse, validate } from 'graphql';

const schema = buildSchema('type Query { ping: String }');
const rootValue = { ping: () => 'pong' };

/** query string → { document } or { errors } */
const documents = new Map();
function prepare(query) {
  let entry = documents.get(query);
  if (!entry) {
    try {
      const document = parse(query);
      const errors = validate(schema, document);
      entry = errors.length ? { errors } : { document };
    } catch (err) {
      entry = { errors: [err] };
    }
    if (documents.size >= 1000) documents.clear(); // bounded, like Apollo's LRU
    documents.set(query, entry);
  }
  return entry;
}

function send(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

const server = createServer((req, res) => {
  if (req.method !== 'POST') return send(res, 405, { errors: [{ message: 'POST only' }] });
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let params;
    try {
      params = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(res, 400, { errors: [{ message: 'invalid JSON body' }] });
    }
    if (typeof params?.query !== 'string') return send(res, 400, { errors: [{ message: 'no query' }] });
    const { document, errors } = prepare(params.query);
    if (errors) return send(res, 400, { errors });
    Promise.resolve(
      execute({ schema, document, rootValue, variableValues: params.variables, operationName: params.operationName }),
    ).then(
      (result) => send(res, 200, result),
      (err) => send(res, 500, { errors: [{ message: String(err?.message ?? err) }] }),
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
