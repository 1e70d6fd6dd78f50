import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusedAtCommit, failCommitsWhere, hearEvents } from '../../../test/events.js';
import { TestApp } from '../../../test/harness.js';

const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }`;

describe('notice events leave with their change only', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The refused commits are unexpected errors to the API, which logs them: quiet here.
    t = await TestApp.start({ config: { logLevel: 'silent' } });
  });
  afterAll(() => t.stop());

  it('sends no NOTICE_PUBLISHED for a notice whose transaction rolls back', async () => {
    const { community, buildings } = await t.newCommunity();
    const staff = await t.newStaff(community.id);
    await failCommitsWhere(t, 'notice', `NEW.title = 'rolled back'`);
    const events = await hearEvents(t);
    try {
      const publish = (title: string) =>
        t.gql<{ publishNotice: { id: string } }>(
          PUBLISH,
          { input: { category: 'PROPERTY', title, body: 'body', buildingIds: [buildings[0].id] } },
          { token: staff.token },
        );
      expectRefusedAtCommit(await publish('rolled back'));
      const ok = await publish('kept');
      expect(ok.errors).toBeUndefined();
      // Events arrive in commit order: the first one heard is the kept notice's.
      const first = await events.first('NOTICE_PUBLISHED');
      expect(first.d).toEqual({
        communityId: community.id,
        noticeId: ok.data!.publishNotice.id,
        buildingIds: [buildings[0].id],
      });
      expect(await t.sql(`SELECT 1 FROM notice WHERE title = 'rolled back'`)).toEqual([]);
    } finally {
      await events.stop();
    }
  });
});
