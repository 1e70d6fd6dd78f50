import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, type Auth } from '../../../test/harness.js';
import { must } from '../../../test/points.js';
import { StaffRole } from '../staff/index.js';

/** What the console's matter page needs besides the file: the staff to give a matter to, a decision's outcome. */
describe('deliberation: the console’s owners and decisions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('lists the active staff of the community only, and tells a decision’s outcome in the file', async () => {
    const { community, buildings } = await t.newCommunity();
    const secretary = await t.newStaff(community.id, StaffRole.SECRETARY);
    const gone = await t.newStaff(community.id, StaffRole.STAFF);
    await t.sql(`UPDATE staff_user SET deactivated_at = now(), display_name = '已离职' WHERE id = ?`, [gone.user.id]);
    const elsewhere = await t.newCommunity();
    const stranger = await t.newStaff(elsewhere.community.id, StaffRole.STAFF);
    await t.sql(`UPDATE staff_user SET display_name = '别的社区' WHERE id = ?`, [stranger.user.id]);
    const auth: Auth = { token: secretary.token };

    const { deliberationStaff } = await must(
      t.gql<{ deliberationStaff: Array<{ id: string; name: string }> }>(`{ deliberationStaff { id name } }`, {}, auth),
    );
    const ids = deliberationStaff.map((s) => s.id);
    expect(ids).toContain(secretary.user.id);
    expect(ids).not.toContain(gone.user.id);
    expect(ids).not.toContain(stranger.user.id);

    // A suggestion entered for a resident, classified, decided against: the file says so.
    const { resident } = await t.newResident(buildings[0], { name: '居民甲' });
    const { enterSuggestion } = await must(
      t.gql<{ enterSuggestion: { ref: string } }>(
        `mutation($r: ID!) { enterSuggestion(input: { residentId: $r, source: PAPER, category: OTHER, title: "增设休息座椅",
          details: "", idempotencyKey: "console-options-1" }) { ref } }`,
        { r: resident.id },
        auth,
      ),
    );
    const { matters } = await must(
      t.gql<{ matters: Array<{ id: string; ref: string; version: number }> }>(
        `{ matters { id ref version } }`,
        {},
        auth,
      ),
    );
    const m = matters.find((x) => x.ref === enterSuggestion.ref)!;
    const classified = await must(
      t.gql<{ classifyMatter: { matter: { version: number } } }>(
        `mutation($id: ID!, $v: Int!, $s: ID!) { classifyMatter(input: { matterId: $id, version: $v, urgency: KEY,
          category: OTHER, ownerStaffId: $s }) { matter { version } } }`,
        { id: m.id, v: m.version, s: secretary.user.id },
        auth,
      ),
    );
    const decided = await must(
      t.gql<{
        decideMatter: { matter: { declined: boolean }; events: Array<{ kind: string; outcome: string | null }> };
      }>(
        `mutation($id: ID!, $v: Int!) { decideMatter(input: { matterId: $id, version: $v, adopt: false, text: "场地不够" }) {
          matter { declined } events { kind outcome } } }`,
        { id: m.id, v: classified.classifyMatter.matter.version },
        auth,
      ),
    );
    expect(decided.decideMatter.matter.declined).toBe(true);
    expect(decided.decideMatter.events.map((e) => [e.kind, e.outcome])).toEqual([
      ['SUBMITTED', null],
      ['CLASSIFIED', null],
      ['DECIDED', 'NOT_ADOPTED'],
    ]);
  });
});
