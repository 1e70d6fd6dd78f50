import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, newDatabase, watch, type GqlResult, type Watch } from './harness.js';

const INTROSPECTION = '{ __schema { queryType { name } } }';

/** Errors of a graphql-ws operation that failed as a whole (the sink's `error`). */
async function wsErrors(w: Watch<unknown>): Promise<Array<{ message: string; extensions?: { code?: string } }>> {
  const err = await w
    .until(() => false, 5000)
    .then(
      () => null,
      (e: unknown) => e as Error,
    );
  expect(err?.cause, String(err)).toBeInstanceOf(Array);
  return err!.cause as Array<{ message: string; extensions?: { code?: string } }>;
}

const messages = (res: GqlResult<unknown>) => (res.errors ?? []).map((e) => e.message).join('\n');

describe('production hardening', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await TestApp.start({ config: { env: 'production' } });
  });
  afterAll(() => prod.stop());

  it('refuses introspection over HTTP and WebSocket (and allows it outside production)', async () => {
    for (const query of [INTROSPECTION, '{ __type(name: "Query") { name } }']) {
      const res = await prod.gql(query);
      expect(res.status).toBe(400);
      expectError(res, 'GRAPHQL_VALIDATION_FAILED');
      expect(res.data).toBeUndefined();
    }
    const ws = await wsErrors(watch(prod.ws(), INTROSPECTION));
    expect(ws.length).toBeGreaterThan(0);
    expect(new Set(ws.map((e) => e.extensions?.code))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));

    const dev = await TestApp.start({ databaseUrl: prod.databaseUrl });
    try {
      expect((await dev.gql(INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await dev.stop();
    }
  });

  it('gives no "Did you mean" suggestions, over HTTP or WebSocket', async () => {
    const field = await prod.gql('{ pingg }');
    expect(field.status).toBe(400);
    expectError(field, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(field)).toContain('Cannot query field "pingg"');
    expect(messages(field)).not.toMatch(/Did you mean|"ping"/);

    const arg = await prod.gql('{ notices(frist: 1) { id } }');
    expectError(arg, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(arg)).not.toMatch(/Did you mean|"first"/);

    const inputField = await prod.gql('mutation($i: PinSignInInput!) { signInWithPin(input: $i) { token } }', {
      i: { phone: '13800000000', pin: '123456', pinn: '1' },
    });
    expectError(inputField, 'BAD_USER_INPUT');
    expect(messages(inputField)).toContain('"pinn"');
    expect(messages(inputField)).not.toMatch(/Did you mean|"pin"/);

    const ws = await wsErrors(watch(prod.ws(), 'subscription { noticePublishd { id } }'));
    expect(ws.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(ws.map((e) => e.message).join('\n')).not.toMatch(/Did you mean|"noticePublished"/);
  });

  it('refuses a query deeper than the limit', async () => {
    const nest = (depth: number): string => (depth === 1 ? 'a' : `a { ${nest(depth - 1)} }`);
    const deep = await prod.gql(`{ ${nest(9)} }`);
    expect(deep.status).toBe(400);
    expectError(deep, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(deep)).toMatch(/depth limit/i);
    // At the limit the query fails only for its unknown fields.
    expect(messages(await prod.gql(`{ ${nest(8)} }`))).not.toMatch(/depth/i);
  });

  it('refuses more than four aliases', async () => {
    const four = await prod.gql('{ a: ping b: ping c: ping d: ping }');
    expect(four.data).toEqual({ a: 'pong', b: 'pong', c: 'pong', d: 'pong' });
    const five = await prod.gql('{ a: ping b: ping c: ping d: ping e: ping }');
    expect(five.status).toBe(400);
    expectError(five, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(five)).toMatch(/alias/i);
    expect(five.data).toBeUndefined();
  });

  it('refuses a batched request', async () => {
    const res = await prod.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ ping }' }, { query: '{ ping }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('pong');
  });

  it('refuses requests that a browser could send cross-site (CSRF prevention)', async () => {
    const get = await prod.http(`/graphql?query=${encodeURIComponent('{ ping }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    const textPlain = await prod.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ ping }' }),
    });
    expect(textPlain.status).toBe(400);
    expect(await textPlain.text()).not.toContain('pong');
    // A request a browser must preflight goes through.
    const preflighted = await prod.http(`/graphql?query=${encodeURIComponent('{ ping }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await preflighted.json()).toEqual({ data: { ping: 'pong' } });
  });

  it('answers malformed requests with 4xx, never as server errors', async () => {
    const syntax = await prod.gql('{ ping ');
    expect(syntax.status).toBe(400);
    expectError(syntax, 'GRAPHQL_PARSE_FAILED');

    const tooManyTokens = await prod.gql(`{ ${'ping '.repeat(2100)} }`);
    expect(tooManyTokens.status).toBe(400);
    expectError(tooManyTokens, 'GRAPHQL_PARSE_FAILED');

    const ws = prod.ws();
    const wsSyntax = await wsErrors(watch(ws, 'subscription { noticePublished { id }'));
    expect(wsSyntax.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const wsTokens = await wsErrors(watch(ws, `{ ${'ping '.repeat(2100)} }`));
    expect(wsTokens.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);

    const badJson = await prod.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(badJson.status).toBe(400);

    const huge = await prod.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ping }', variables: { pad: 'x'.repeat(300_000) } }),
    });
    expect(huge.status).toBe(413);
  });
});

describe('error masking', () => {
  let broken: TestApp;
  beforeAll(async () => {
    // A database missing a table the code relies on: the notices query fails inside PostgreSQL.
    const databaseUrl = await newDatabase();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('DROP TABLE notice_building');
    await client.end();
    broken = await TestApp.start({ databaseUrl, config: { env: 'production', logLevel: 'silent' } });
  });
  afterAll(() => broken.stop());

  it('masks an unexpected error: no SQL, no stack, only a code', async () => {
    const { community, buildings } = await broken.newCommunity();
    const staff = await broken.newStaff(community.id);
    await broken.sql(
      `INSERT INTO notice (id, community_id, category, title, body, published_at) VALUES (gen_random_uuid(), ?, 'PROPERTY', 't', 'b', now())`,
      [community.id],
    );
    const read = await broken.gql('{ notices { id buildings { id } } }', {}, { token: staff.token });
    const write = await broken.gql(
      'mutation($ids: [ID!]!) { publishNotice(input: { category: PROPERTY, title: "tt", body: "b", buildingIds: $ids }) { id } }',
      { ids: [buildings[0].id] },
      { token: staff.token },
    );
    for (const res of [read, write]) {
      expect(res.errors).toHaveLength(1);
      const [error] = res.errors!;
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(error.message).toBe('Something went wrong on our side. Please try again.');
      const body = JSON.stringify(res);
      expect(body).not.toMatch(/notice_building|select|insert|relation|does not exist|\.(ts|js):\d+/i);
      expect(body).not.toMatch(/stacktrace|exception/i);
    }
  });
});
