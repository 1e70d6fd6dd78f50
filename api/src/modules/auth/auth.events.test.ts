import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusedAtCommit, failCommitsWhere, hearEvents } from '../../../test/events.js';
import { TestApp } from '../../../test/harness.js';

describe('access events leave with their change only', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The refused commits are unexpected errors to the API, which logs them: quiet here.
    t = await TestApp.start({ config: { logLevel: 'silent' } });
  });
  afterAll(() => t.stop());

  it('sends no ACCESS_ENDED for a sign-out whose transaction rolls back', async () => {
    const { community } = await t.newCommunity();
    const kept = await t.newStaff(community.id);
    const failing = await t.newStaff(community.id);
    const [{ id: failingSession }] = await t.sql<{ id: string }>('SELECT id FROM session WHERE staff_user_id = ?', [
      failing.user.id,
    ]);
    await failCommitsWhere(t, 'session', `NEW.id = '${failingSession}' AND NEW.ended_at IS NOT NULL`);
    const events = await hearEvents(t);
    try {
      expectRefusedAtCommit(await t.gql('mutation { signOut }', {}, { token: failing.token }));
      expect((await t.gql('mutation { signOut }', {}, { token: kept.token })).errors).toBeUndefined();
      const first = await events.first('ACCESS_ENDED');
      expect(first.d.sessionIds).not.toContain(failingSession);
      // The failed sign-out changed nothing: that session still works.
      expect((await t.gql('{ viewer { staff { id } } }', {}, { token: failing.token })).errors).toBeUndefined();
    } finally {
      await events.stop();
    }
  });
});
