import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishIn } from '../src/platform/pubsub.js';
import { hearEvents } from './events.js';
import { TestApp } from './harness.js';

/** One way to publish: inside the transaction of the change. */
describe('publishing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('refuses a publish that is not part of a transaction', async () => {
    expect(() => t.app.pubsub.publish('ACCESS_ENDED', { sessionIds: [] })).toThrow(/publishIn/);
    await expect(publishIn(t.em(), 'ACCESS_ENDED', { sessionIds: [] })).rejects.toThrow(/outside a transaction/);
  });

  it('sends an event when its transaction commits, and none when it rolls back', async () => {
    const events = await hearEvents(t);
    try {
      await expect(
        t.em().transactional(async (em) => {
          await publishIn(em, 'ACCESS_ENDED', { sessionIds: ['rolled-back'] });
          throw new Error('change failed');
        }),
      ).rejects.toThrow('change failed');
      await t.em().transactional((em) => publishIn(em, 'ACCESS_ENDED', { sessionIds: ['committed'] }));
      expect((await events.first('ACCESS_ENDED')).d).toEqual({ sessionIds: ['committed'] });
    } finally {
      await events.stop();
    }
  });
});
