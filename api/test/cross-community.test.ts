import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Community } from '../src/modules/community/index.js';
import { DeviceKind } from '../src/modules/device/index.js';
import { Opening } from '../src/modules/corner/index.js';
import { StaffRole } from '../src/modules/staff/index.js';
import { repoRoot } from '../src/platform/config.js';
import { TestApp, type Auth } from './harness.js';

/**
 * Which table an ID argument names, by the argument's (or input field's) name. An operation
 * whose ID argument is not here fails the walk below: map it, and it is covered.
 */
const TABLE_OF_ARG: Record<string, string> = {
  offeringId: 'offering',
  offeringIds: 'offering',
  toOfferingId: 'offering',
  openingId: 'opening',
  deskId: 'desk',
  ticketId: 'ticket',
  bookingId: 'booking',
  workOrderId: 'work_order',
  buildingId: 'building',
  buildingIds: 'building',
  residentId: 'resident',
  staffId: 'staff_user',
  residentIds: 'resident',
  rewardId: 'reward',
  pictureId: 'reward_picture',
  voucherId: 'voucher',
  entryId: 'ledger_entry',
  matterId: 'matter',
  intoId: 'matter',
  fromId: 'matter',
  ownerStaffId: 'staff_user',
  ownerPartyId: 'party',
  meetingId: 'meeting',
  itemId: 'agenda_item',
  itemIds: 'agenda_item',
  inviteeId: 'meeting_invitee',
  memberId: 'council_member',
};
/** `id` arguments, by operation. */
const TABLE_OF_ID: Record<string, string> = {
  deleteNotice: 'notice',
  updateNotice: 'notice',
  renewPairingCode: 'device',
  resetDeviceSignIns: 'device',
  revokeDevice: 'device',
  setOfferingActive: 'offering',
  updateOffering: 'offering',
  updateDesk: 'desk',
  residentRecord: 'resident',
  updateResident: 'resident',
  markResidentMovedAway: 'resident',
  eraseResident: 'resident',
  issueResidentCard: 'resident',
  revokeResidentCard: 'resident',
  updateReward: 'reward',
  matter: 'matter',
  saveParty: 'party',
  meeting: 'meeting',
  meetingMinutes: 'meeting',
};

/** Values of other arguments that pass validation, so that only the foreign id can be refused. */
const SAMPLE_STRINGS: Record<string, string> = {
  idempotencyKey: randomUUID(),
  letter: 'Z',
  dueDate: '2099-01-01',
  month: '2026-12',
  startTime: '09:00',
  endTime: '12:00',
  date: '2099-01-01',
  phone: '13800000001',
  pin: '123456',
  code: '12345678',
  currentPin: '123456',
  newPin: '385170',
  name: '王五',
  room: '101',
};

type Path = string[];

/** A caller of community B may see nothing of community A, whatever ids it sends. */
describe('cross-community walk of the schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  /** A community with a row in every table an operation can name, and its callers. */
  async function populated() {
    const { community, buildings } = await t.newCommunity(undefined, 2);
    const admin = await t.newStaff(community.id, StaffRole.ADMIN);
    const kiosk = await t.newDevice(community.id, DeviceKind.KIOSK);
    const screen = await t.newDevice(community.id, DeviceKind.SCREEN);
    const someone = await t.newResident(buildings[0]);
    const resident = await t.residentSession(kiosk.token, someone.phone);
    const as = (who: Auth) => async (query: string, variables: Record<string, unknown>) => {
      const res = await t.gql<Record<string, { id: string }>>(query, variables, who);
      expect(res.errors, query).toBeUndefined();
      return Object.values(res.data!)[0];
    };
    const staff = as({ token: admin.token });
    const home = as(resident);
    await staff(
      'mutation($b: [ID!]!) { publishNotice(input: { category: PROPERTY, title: "停水通知", body: "明天九点到三点停水", buildingIds: $b }) { id } }',
      {
        b: [buildings[0].id],
      },
    );
    const service = await staff(
      'mutation { createOffering(input: { letter: "A", name: "修锁", provider: "王师傅", typicalMinutes: 10, bookingCapacity: 5 }) { id } }',
      {},
    );
    const counter = await staff(
      'mutation($s: [ID!]!) { createDesk(input: { name: "1号台", offeringIds: $s }) { id } }',
      {
        s: [service.id],
      },
    );
    const em = t.em();
    const ref = em.getReference(Community, community.id);
    const now = Date.now();
    em.create(Opening, {
      community: ref,
      startsAt: new Date(now - 3_600_000),
      endsAt: new Date(now + 7_200_000),
    } as Opening);
    const later = em.create(Opening, {
      community: ref,
      startsAt: new Date(now + 3 * 86_400_000),
      endsAt: new Date(now + 3 * 86_400_000 + 3 * 3_600_000),
    } as Opening);
    await em.flush();
    await home('mutation($s: ID!, $k: String!) { takeTicket(input: { offeringId: $s, idempotencyKey: $k }) { id } }', {
      s: service.id,
      k: randomUUID(),
    });
    const called = await staff(
      'mutation($s: ID!, $c: ID!) { callNext(input: { offeringId: $s, deskId: $c }) { id } }',
      {
        s: service.id,
        c: counter.id,
      },
    );
    const wo = await staff(
      'mutation($t: ID!) { createWorkOrder(input: { ticketId: $t, description: "换锁芯", owner: "王师傅", dueDate: "2099-01-01" }) { id } }',
      { t: called.id },
    );
    await staff('mutation($w: ID!) { addWorkOrderNote(input: { workOrderId: $w, text: "已联系" }) { id } }', {
      w: wo.id,
    });
    await home(
      'mutation($s: ID!, $o: ID!, $k: String!) { bookOffering(input: { offeringId: $s, openingId: $o, idempotencyKey: $k, problem: "钥匙" }) { id } }',
      { s: service.id, o: later.id, k: randomUUID() },
    );
    // Points: a picture, a reward, points for the resident and a redemption (a voucher, entries).
    await t.sql(
      `INSERT INTO reward_picture (id, community_id, content_type, bytes) VALUES (gen_random_uuid(), ?, 'image/png', '\\x00')`,
      [community.id],
    );
    const reward = await staff(
      'mutation { createReward(input: { kind: GOODS, name: "洗衣液", cost: 10, stock: 5 }) { id } }',
      {},
    );
    await staff(
      'mutation($r: ID!, $k: String!) { adjustPoints(input: { residentId: $r, points: 50, note: "奖励", idempotencyKey: $k }) { balance } }',
      { r: someone.resident.id, k: randomUUID() },
    );
    await home('mutation($r: ID!, $k: String!) { redeemReward(input: { rewardId: $r, idempotencyKey: $k }) { id } }', {
      r: reward.id,
      k: randomUUID(),
    });
    // Deliberation: a party, and a matter from the resident's suggestion.
    await staff(
      'mutation { saveParty(input: { name: "幸福物业", kind: PROPERTY, contactName: "王经理", phone: "0571-86001234" }) { id } }',
      {},
    );
    await home(
      'mutation($k: String!) { submitSuggestion(input: { category: ELDERLY, title: "楼道加装扶手", details: "", idempotencyKey: $k }) { id } }',
      { k: randomUUID() },
    );
    // Meetings: a council seat, a meeting (the council invited) with an item on its agenda.
    await staff('mutation($r: ID!) { addCouncilMember(input: { residentId: $r, role: CHAIR }) { id } }', {
      r: someone.resident.id,
    });
    const meeting = await staff(
      'mutation { createMeeting(input: { kind: COUNCIL, title: "议事会", day: "2099-01-15" }) { id } }',
      {},
    );
    await staff('mutation($m: ID!) { addAgendaItem(input: { meetingId: $m, version: 1, title: "议题" }) { id } }', {
      m: meeting.id,
    });
    const ids: Record<string, string> = {};
    for (const table of new Set([...Object.values(TABLE_OF_ARG), ...Object.values(TABLE_OF_ID)])) {
      // The future session for opening, so booking walks get past "it has started".
      const order = table === 'opening' ? 'starts_at DESC' : 'id';
      const [row] = await t.sql<{ id: string }>(
        `SELECT id FROM ${table} WHERE community_id = ? ORDER BY ${order} LIMIT 1`,
        [community.id],
      );
      expect(row, `no ${table} row to walk with`).toBeDefined();
      ids[table] = row.id;
    }
    const callers: Record<string, Auth> = { admin: { token: admin.token }, resident, screen: { token: screen.token } };
    return { communityId: community.id, ids, callers };
  }

  /** A checksum of every row of a community, in every table that has a community_id. */
  async function fingerprint(communityId: string): Promise<Record<string, string>> {
    const tables = await t.sql<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE column_name = 'community_id' AND table_schema = 'public'`,
    );
    const out: Record<string, string> = {};
    for (const { table_name } of tables) {
      const [row] = await t.sql<{ sum: string | null }>(
        `SELECT md5(string_agg(row_to_json(x)::text, '|' ORDER BY row_to_json(x)::text)) AS sum FROM ${table_name} x WHERE community_id = ?`,
        [communityId],
      );
      out[table_name] = row.sum ?? '';
    }
    return out;
  }

  it('refuses every query and mutation that takes an ID, given the ids of another community', async () => {
    const a = await populated();
    const b = await populated();
    const before = await fingerprint(a.communityId);
    const schema = buildSchema(readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8'));
    const aIds = Object.values(a.ids);
    const unmapped: string[] = [];
    let requests = 0;

    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        const idPaths = idArgs(field.args);
        if (!idPaths.length) continue;
        const tableOf = (p: Path) => (p.at(-1) === 'id' ? TABLE_OF_ID[field.name] : TABLE_OF_ARG[p.at(-1)!]);
        const missing = idPaths.filter((p) => !tableOf(p));
        if (missing.length) {
          unmapped.push(...missing.map((p) => `${field.name}(${p.join('.')})`));
          continue;
        }
        // Every ID from A; then, with several ids, each one from A and the others B's own.
        const cases: Array<(p: Path) => string> = [(p) => a.ids[tableOf(p)]];
        if (idPaths.length > 1)
          for (const foreign of idPaths)
            cases.push((p) => (p.join('.') === foreign.join('.') ? a.ids[tableOf(p)] : b.ids[tableOf(p)]));
        const op = `${root.name === 'Query' ? 'query' : 'mutation'} W(${field.args
          .map((arg) => `$${arg.name}: ${String(arg.type)}`)
          .join(
            ', ',
          )}) { ${field.name}(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})${selection(field)} }`;
        for (const idOf of cases) {
          // The control: the same request with never-issued ids where A's go.
          const unknown = new Map<string, string>();
          const controlOf = (p: Path) => {
            const id = idOf(p);
            if (!aIds.includes(id)) return id;
            if (!unknown.has(id)) unknown.set(id, randomUUID());
            return unknown.get(id)!;
          };
          const args = field.args.filter((arg) => isNonNullType(arg.type) || idArgs([arg]).length);
          const variables = Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type, [arg.name], idOf)]));
          const control = Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type, [arg.name], controlOf)]));
          for (const [who, auth] of Object.entries(b.callers)) {
            requests++;
            const res = await t.gql(op, variables, auth);
            const where = `${field.name} as B's ${who} with ${JSON.stringify(variables)}: ${JSON.stringify(res)}`;
            for (const id of aIds) expect(JSON.stringify(res), where).not.toContain(id);
            if (res.errors) expect(res.errors[0].extensions?.code, where).not.toBe('INTERNAL_SERVER_ERROR');
            else expect(emptyAnswer(Object.values(res.data ?? {})[0]), where).toBe(true);
            // A's ids are answered exactly as ids that were never issued: nothing tells them apart.
            expect(answer(res), where).toEqual(answer(await t.gql(op, control, auth)));
          }
        }
      }
    }
    expect(unmapped, 'ID arguments the walk does not know: add them to TABLE_OF_ARG / TABLE_OF_ID').toEqual([]);
    expect(requests).toBeGreaterThan(90);
    // And nothing of A changed.
    expect(await fingerprint(a.communityId)).toEqual(before);
  }, 300_000);
});

/** Paths to every ID-typed argument or input field (lists of IDs included). */
function idArgs(args: readonly (GraphQLArgument | GraphQLInputField)[], prefix: Path = []): Path[] {
  const out: Path[] = [];
  for (const arg of args) {
    const named = getNamedType(arg.type);
    if (named.name === 'ID') out.push([...prefix, arg.name]);
    else if (isInputObjectType(named)) out.push(...idArgs(Object.values(named.getFields()), [...prefix, arg.name]));
  }
  return out;
}

/** A valid value of `type` (required fields only); IDs from `idOf`. */
function sample(type: GraphQLInputType, at: Path, idOf: (p: Path) => string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, at, idOf);
  if (isListType(type)) return [sample(type.ofType, at, idOf)];
  const named = getNamedType(type);
  if (named.name === 'ID') return idOf(at);
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) {
      if (!isNonNullType(f.type) && !idArgs([f]).length) continue;
      out[f.name] = sample(f.type, [...at, f.name], idOf);
    }
    return out;
  }
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isScalarType(named)) {
    const name = at.at(-1)!;
    switch (named.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return new Date(Date.now() + 7 * 86_400_000).toISOString();
      default:
        return SAMPLE_STRINGS[name] ?? '示例';
    }
  }
  return null;
}

/** The scalar fields of the result (one level), so that anything leaked would show. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type as GraphQLOutputType);
  if (!isObjectType(named)) return '';
  const scalars = Object.values(named.getFields())
    .filter((f) => !f.args.length && !isObjectType(getNamedType(f.type)))
    .map((f) => f.name);
  return ` { __typename ${scalars.join(' ')} }`;
}

/** null, false, 0, an empty list, or an object of only such values (an empty page). */
/** What a caller learns from a response: the error's code, reason and message, or the data. */
function answer(res: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) {
  const e = res.errors?.[0];
  return e ? { code: e.extensions?.code, reason: e.extensions?.reason, message: e.message } : { data: res.data };
}

function emptyAnswer(value: unknown): boolean {
  if (value === null || value === false || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object')
    return Object.entries(value as object).every(([k, v]) => k === '__typename' || emptyAnswer(v));
  return false;
}
