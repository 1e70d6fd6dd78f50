import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, watch, type GqlResult } from './harness.js';

/** The first result of a query over graphql-ws, or the errors that failed it as a whole. */
async function overWs(t: TestApp, query: string, token?: string): Promise<GqlResult> {
  const w = watch<Record<string, unknown>>(t.ws(token ? { token } : {}), query);
  try {
    const [data] = await w.until((e) => e.length > 0, 5000);
    return { status: 0, data };
  } catch (err) {
    const cause = (err as Error).cause;
    if (Array.isArray(cause)) return { status: 0, errors: cause as GqlResult['errors'] };
    throw err;
  } finally {
    w.stop();
  }
}

const aliases = (n: number, field = '__typename') => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

describe('alias limit (four per operation)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await TestApp.start({ config: { env: 'production' } });
    const { community } = await t.newCommunity();
    token = (await t.newStaff(community.id)).token;
  });
  afterAll(() => t?.stop());

  const refused = [
    ['50 aliases of __typename', `{ ${aliases(50)} }`],
    ['5 aliases of __typename', `{ ${aliases(5)} }`],
    ['aliases of __typename and of fields together', `{ a: ping b: ping c: ping ${aliases(2)} }`],
    ['aliases of __typename below the root', `{ viewer { ${aliases(5)} } }`],
    ['aliases in a fragment', `{ ...F } fragment F on Query { ${aliases(5)} }`],
    [
      'aliases in a fragment spread twice',
      `{ ...F x: viewer { ...G } } fragment F on Query { ${aliases(2)} } fragment G on Viewer { ${aliases(2)} } `,
    ],
  ] as const;

  it('counts every alias over HTTP, __typename included', async () => {
    for (const [what, query] of refused) {
      const res = await t.gql(query, {}, { token });
      expect(res.status, what).toBe(400);
      expectError(res, 'GRAPHQL_VALIDATION_FAILED');
      expect(res.errors!.map((e) => e.message).join('\n'), what).toMatch(/alias/i);
      expect(res.data, what).toBeUndefined();
    }
    expect((await t.gql(`{ ${aliases(4)} }`)).data).toEqual({ a0: 'Query', a1: 'Query', a2: 'Query', a3: 'Query' });
    // Unaliased fields are not aliases.
    expect((await t.gql('{ __typename ping viewer { __typename } }')).errors).toBeUndefined();
  });

  it('counts every alias over WebSocket, __typename included', async () => {
    for (const [what, query] of refused) {
      const res = await overWs(t, query, token);
      expect(res.data, what).toBeUndefined();
      expect(
        res.errors?.map((e) => e.extensions?.code),
        what,
      ).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.errors![0].message, what).toMatch(/alias/i);
    }
    const four = await overWs(t, `{ ${aliases(4)} }`, token);
    expect(four.data).toEqual({ a0: 'Query', a1: 'Query', a2: 'Query', a3: 'Query' });
  });
});
