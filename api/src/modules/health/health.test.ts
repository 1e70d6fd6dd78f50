import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../../../test/harness.js';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('answers ping through the whole GraphQL stack', async () => {
    const res = await t.gql('{ ping }');
    expect(res).toMatchObject({ status: 200, data: { ping: 'pong' } });
  });

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${t.app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${t.app.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});
