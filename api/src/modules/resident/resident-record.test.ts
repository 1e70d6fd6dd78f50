import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, type GqlResult } from '../../../test/harness.js';
import { StaffRole } from '../staff/index.js';

const CREATE = `mutation($input: ResidentInput!) { createResident(input: $input) { id name unit room version phoneMasked building { number } } }`;
const UPDATE = `mutation($id: ID!, $input: ResidentEdit!) { updateResident(id: $id, input: $input) { id name unit room version } }`;
const RECORD = `query($id: ID!) { residentRecord(id: $id) {
  resident { id name version movedAway erased age }
  phone phone2 birthDate notes cardCode hasPin pinLockedUntil pinSetupExpiresAt } }`;
const MOVE_AWAY = `mutation($id: ID!, $version: Int!) { markResidentMovedAway(id: $id, version: $version) { id movedAway } }`;
const ERASE = `mutation($id: ID!, $version: Int!) { eraseResident(id: $id, version: $version) { id name erased } }`;
const ISSUE_CARD = `mutation($id: ID!) { issueResidentCard(id: $id) { cardCode } }`;
const REVOKE_CARD = `mutation($id: ID!) { revokeResidentCard(id: $id) { cardCode } }`;
const CARD_SIGN_IN = `mutation($code: String!) { signInWithCard(input: { code: $code }) { token resident { id } } }`;
const AUDIT = `query($residentId: ID) { auditLog(residentId: $residentId) { lines { action residentId detail } } }`;
const ME = '{ viewer { resident { id } } }';

type Created = GqlResult<{ createResident: { id: string; version: number; unit: number; room: string } }>;
type Rec = GqlResult<{
  residentRecord: {
    resident: { id: string; name: string; version: number; movedAway: boolean; erased: boolean; age: number | null };
    phone: string | null;
    phone2: string | null;
    birthDate: string | null;
    notes: string | null;
    cardCode: string | null;
    hasPin: boolean;
  };
}>;

const input = (over: Record<string, unknown> = {}) => ({
  name: '  陈 桂兰 ',
  phone: '138 0013 8000',
  phone2: null,
  birthDate: '1941/2/3',
  building: 2,
  unit: 1,
  room: '302',
  livesAlone: true,
  limitedMobility: false,
  notes: '耳背，请大声说话',
  ...over,
});

describe('a resident record: add, edit, move, move away, erase, cards — every step audited', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  async function community() {
    const { community, buildings } = await t.newCommunity();
    const admin = await t.newStaff(community.id, StaffRole.ADMIN);
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    const kiosk = await t.newDevice(community.id);
    const audit = async (residentId: string) => {
      const res = await t.gql<{ auditLog: { lines: { action: string; detail: string | null }[] } }>(
        AUDIT,
        { residentId },
        { token: admin.token },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.auditLog.lines.map((l) => l.action).reverse();
    };
    return { community, buildings, admin, staff, kiosk, audit };
  }

  it('adds a resident with clean fields and shows the whole record only on its own, audited, read', async () => {
    const { staff, audit } = await community();
    const res = (await t.gql(CREATE, { input: input() }, { token: staff.token })) as Created;
    expect(res.errors).toBeUndefined();
    const id = res.data!.createResident.id;
    expect(res.data!.createResident).toMatchObject({ unit: 1, room: '302', version: 1 });
    const rec = (await t.gql(RECORD, { id }, { token: staff.token })) as Rec;
    expect(rec.data!.residentRecord).toMatchObject({
      resident: { name: '陈 桂兰', movedAway: false },
      phone: '13800138000',
      birthDate: '1941-02-03',
      notes: '耳背，请大声说话',
      cardCode: null,
      hasPin: false,
    });
    const [row] = await t.sql<{ name_initials: string; name_pinyin: string }>(
      'SELECT name_initials, name_pinyin FROM resident WHERE id = ?',
      [id],
    );
    expect(row).toEqual({ name_initials: 'cgl', name_pinyin: 'chenguilan' });
    expect(await audit(id)).toEqual(['RESIDENT_CREATED', 'RESIDENT_VIEWED']);
  });

  it('refuses bad fields with a reason for each, and writes nothing', async () => {
    const { staff, community: c } = await community();
    const res = await t.gql(
      CREATE,
      {
        input: input({
          name: '   ',
          phone: '2380013800',
          phone2: '1380013800x',
          birthDate: '2099-01-01',
          building: 9,
          room: '3/02',
          notes: 'x'.repeat(501),
        }),
      },
      { token: staff.token },
    );
    expectError(res, 'BAD_USER_INPUT', {
      fields: {
        name: ['REQUIRED'],
        phone: ['PHONE_FORMAT'],
        phone2: ['PHONE_FORMAT'],
        birthDate: ['DATE_IN_FUTURE'],
        building: ['BUILDING_UNKNOWN'],
        room: ['ROOM_FORMAT'],
        notes: ['NOTES_LENGTH'],
      },
    });
    expectError(
      await t.gql(CREATE, { input: input({ birthDate: '1950-02-30' }) }, { token: staff.token }),
      'BAD_USER_INPUT',
      {
        fields: { birthDate: ['DATE_NOT_REAL'] },
      },
    );
    const [{ n }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM resident WHERE community_id = ?', [
      c.id,
    ]);
    expect(n).toBe(0);
  });

  it('refuses a phone another resident living here has, and lets a moved-away one keep theirs', async () => {
    const { staff } = await community();
    const first = (await t.gql(CREATE, { input: input() }, { token: staff.token })) as Created;
    expectError(await t.gql(CREATE, { input: input({ name: '别人' }) }, { token: staff.token }), 'CONFLICT', {
      reason: 'PHONE_TAKEN',
    });
    const { id, version } = first.data!.createResident;
    expect((await t.gql(MOVE_AWAY, { id, version }, { token: staff.token })).errors).toBeUndefined();
    const again = (await t.gql(CREATE, { input: input({ name: '新住户' }) }, { token: staff.token })) as Created;
    expect(again.errors).toBeUndefined();
  });

  it('edits and moves from the version the editor saw; of two edits from one version, the second is refused', async () => {
    const { staff, admin, audit } = await community();
    const { id, version } = ((await t.gql(CREATE, { input: input() }, { token: staff.token })) as Created).data!
      .createResident;
    // Both start from `version`, at the same moment: exactly one saves, the other is told.
    const results = await Promise.all([
      t.gql(UPDATE, { id, input: { ...input({ room: '401' }), version } }, { token: staff.token }),
      t.gql(UPDATE, { id, input: { ...input({ name: '陈桂兰' }), version } }, { token: admin.token }),
    ]);
    const saved = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expectError(refused[0], 'CONFLICT', { reason: 'RESIDENT_CHANGED' });
    const rec = (await t.gql(RECORD, { id }, { token: staff.token })) as Rec;
    expect(rec.data!.residentRecord.resident.version).toBe(version + 1);
    // A move to another building and unit is an edit of the household's fields.
    const moved = await t.gql<{ updateResident: { room: string; unit: number } }>(
      UPDATE,
      { id, input: { ...input({ building: 3, room: '101' }), version: version + 1 } },
      { token: staff.token },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateResident).toMatchObject({ room: '101' });
    expect(await audit(id)).toEqual(['RESIDENT_CREATED', 'RESIDENT_EDITED', 'RESIDENT_VIEWED', 'RESIDENT_EDITED']);
  });

  it('moving away signs the resident out everywhere, takes the card, and keeps the record off the lists', async () => {
    const { staff, kiosk, buildings, audit } = await community();
    const r = await t.newResident(buildings[0]);
    const session = await t.residentSession(kiosk.token, r.phone);
    const me = await t.gql<{ viewer: { resident: { id: string } | null } }>(ME, {}, session);
    expect(me.data!.viewer.resident?.id).toBe(r.resident.id);
    const res = await t.gql(MOVE_AWAY, { id: r.resident.id, version: 1 }, { token: staff.token });
    expect(res.errors).toBeUndefined();
    const after = await t.gql<{ viewer: { resident: unknown } }>(ME, {}, session);
    expect(after.data?.viewer.resident ?? null).toBeNull();
    expectError(await t.gql(CARD_SIGN_IN, { code: r.cardCode }, { token: kiosk.token }), 'UNAUTHENTICATED', {
      reason: 'CARD_UNKNOWN',
    });
    expectError(
      await t.gql(
        'mutation($phone: String!) { signInWithPin(input: { phone: $phone, pin: "123456" }) { token } }',
        { phone: r.phone },
        { token: kiosk.token },
      ),
      'UNAUTHENTICATED',
      { reason: 'PHONE_UNKNOWN' },
    );
    const list = await t.gql<{ residents: { total: number } }>('{ residents { total } }', {}, { token: staff.token });
    expect(list.data!.residents.total).toBe(0);
    expectError(
      await t.gql(UPDATE, { id: r.resident.id, input: { ...input(), version: 2 } }, { token: staff.token }),
      'CONFLICT',
      { reason: 'RESIDENT_GONE' },
    );
    expect(await audit(r.resident.id)).toEqual(['RESIDENT_MOVED_AWAY']);
  });

  it('erases on request (admins only): personal fields gone for good, the id and history kept', async () => {
    const { staff, admin, kiosk, buildings, audit } = await community();
    const r = await t.newResident(buildings[0], { name: '刘德明' });
    await t.residentSession(kiosk.token, r.phone);
    expectError(await t.gql(ERASE, { id: r.resident.id, version: 1 }, { token: staff.token }), 'FORBIDDEN');
    const res = await t.gql(ERASE, { id: r.resident.id, version: 1 }, { token: admin.token });
    expect(res.errors).toBeUndefined();
    const [row] = await t.sql<Record<string, unknown>>(
      `SELECT name, phone, phone2, birth_date, notes, pin_hash, card_code, name_initials, name_pinyin,
              moved_away_at IS NOT NULL AS away, erased_at IS NOT NULL AS erased FROM resident WHERE id = ?`,
      [r.resident.id],
    );
    expect(row).toEqual({
      name: '已删除',
      phone: null,
      phone2: null,
      birth_date: null,
      notes: null,
      pin_hash: null,
      card_code: null,
      name_initials: 'ysc',
      name_pinyin: 'yishanchu',
      away: true,
      erased: true,
    });
    const [{ open }] = await t.sql<{ open: number }>(
      'SELECT count(*)::int AS open FROM session WHERE resident_id = ? AND ended_at IS NULL',
      [r.resident.id],
    );
    expect(open).toBe(0);
    // The database itself refuses a half-erased record.
    await expect(
      t.sql("UPDATE resident SET phone = '13900000000' WHERE id = ?", [r.resident.id]),
    ).rejects.toMatchObject({
      constraint: 'resident_erased_anonymous',
    });
    expect(await audit(r.resident.id)).toEqual(['RESIDENT_ERASED']);
  });

  it('issues, replaces and revokes a card: the old card stops working at once', async () => {
    const { staff, kiosk, buildings, audit } = await community();
    const r = await t.newResident(buildings[0]);
    const issued = await t.gql<{ issueResidentCard: { cardCode: string } }>(
      ISSUE_CARD,
      { id: r.resident.id },
      {
        token: staff.token,
      },
    );
    const card = issued.data!.issueResidentCard.cardCode;
    expect(card).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    expectError(await t.gql(CARD_SIGN_IN, { code: r.cardCode }, { token: kiosk.token }), 'UNAUTHENTICATED', {
      reason: 'CARD_UNKNOWN',
    });
    const ok = await t.gql<{ signInWithCard: { resident: { id: string } } }>(
      CARD_SIGN_IN,
      { code: card },
      {
        token: kiosk.token,
      },
    );
    expect(ok.data!.signInWithCard.resident.id).toBe(r.resident.id);
    const revoked = await t.gql<{ revokeResidentCard: { cardCode: null } }>(
      REVOKE_CARD,
      { id: r.resident.id },
      {
        token: staff.token,
      },
    );
    expect(revoked.data!.revokeResidentCard.cardCode).toBeNull();
    expectError(await t.gql(CARD_SIGN_IN, { code: card }, { token: kiosk.token }), 'UNAUTHENTICATED', {
      reason: 'CARD_UNKNOWN',
    });
    expect(await audit(r.resident.id)).toEqual(['CARD_ISSUED', 'CARD_REVOKED']);
  });

  it('keeps every action from kiosks and from other communities', async () => {
    const { kiosk, buildings } = await community();
    const other = await community();
    const r = await t.newResident(buildings[0]);
    expectError(await t.gql(RECORD, { id: r.resident.id }, { token: kiosk.token }), 'FORBIDDEN');
    expectError(await t.gql(RECORD, { id: r.resident.id }, { token: other.staff.token }), 'NOT_FOUND');
    expectError(await t.gql(ISSUE_CARD, { id: r.resident.id }, { token: other.staff.token }), 'NOT_FOUND');
    expectError(await t.gql(CREATE, { input: input() }, { token: kiosk.token }), 'FORBIDDEN');
  });
});
