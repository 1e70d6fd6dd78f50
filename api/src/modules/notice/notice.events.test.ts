import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusedAtCommit, failCommitsWhere, hearEvents } from '../../../test/events.js';
import { TestApp } from '../../../test/harness.js';

const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: PublishNoticeInput!) { updateNotice(id: $id, input: $input) { id } }`;
const DELETE = `mutation($id: ID!) { deleteNotice(id: $id) }`;

describe('notice events leave with their change only', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The refused commits are unexpected errors to the API, which logs them: quiet here.
    t = await TestApp.start({ config: { logLevel: 'silent' } });
  });
  afterAll(() => t.stop());

  async function setup() {
    const { community, buildings } = await t.newCommunity(undefined, 2);
    const staff = await t.newStaff(community.id);
    const input = (title: string, on = [buildings[0].id]) => ({
      category: 'PROPERTY',
      title,
      body: 'body',
      buildingIds: on,
    });
    const publish = async (title: string) => {
      const res = await t.gql<{ publishNotice: { id: string } }>(
        PUBLISH,
        { input: input(title) },
        { token: staff.token },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.publishNotice.id;
    };
    return { community, buildings, staff, input, publish };
  }

  it('sends no NOTICE_PUBLISHED for a notice whose transaction rolls back', async () => {
    const { community, buildings, staff } = await setup();
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

  it('sends no NOTICE_CHANGED for a correction whose transaction rolls back', async () => {
    const { community, buildings, staff, input, publish } = await setup();
    const id = await publish('before');
    await failCommitsWhere(t, 'notice', `NEW.title = 'corrected, rolled back'`);
    const events = await hearEvents(t);
    try {
      const update = (title: string, on?: string[]) =>
        t.gql(UPDATE, { id, input: input(title, on) }, { token: staff.token });
      expectRefusedAtCommit(await update('corrected, rolled back', [buildings[1].id]));
      expect((await update('corrected', [buildings[1].id])).errors).toBeUndefined();
      const first = await events.first('NOTICE_CHANGED');
      // Both the board it left and the board it moved to hear of it.
      expect(first.d).toEqual({
        communityId: community.id,
        noticeId: id,
        buildingIds: [buildings[0].id, buildings[1].id],
        removed: false,
      });
      expect(await t.sql(`SELECT title FROM notice WHERE id = ?`, [id])).toEqual([{ title: 'corrected' }]);
    } finally {
      await events.stop();
    }
  });

  it('sends no NOTICE_CHANGED for a deletion whose transaction rolls back', async () => {
    const { community, buildings, staff, publish } = await setup();
    const refused = await publish('delete refused');
    const kept = await publish('deleted');
    await failCommitsWhere(t, 'notice', `OLD.title = 'delete refused'`, 'DELETE');
    const events = await hearEvents(t);
    try {
      expectRefusedAtCommit(await t.gql(DELETE, { id: refused }, { token: staff.token }));
      expect((await t.gql(DELETE, { id: kept }, { token: staff.token })).errors).toBeUndefined();
      const first = await events.first('NOTICE_CHANGED');
      expect(first.d).toEqual({
        communityId: community.id,
        noticeId: kept,
        buildingIds: [buildings[0].id],
        removed: true,
      });
      expect(await t.sql(`SELECT title FROM notice WHERE id = ?`, [refused])).toEqual([{ title: 'delete refused' }]);
    } finally {
      await events.stop();
    }
  });
});
