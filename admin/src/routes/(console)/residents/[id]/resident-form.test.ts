import { ApiError } from '@linli/client';
import { describe, expect, it } from 'vitest';
import {
  apiProblems,
  checkBirthDate,
  checkDraft,
  draftOf,
  emptyDraft,
  groupCode,
  householdQuery,
  inputOf,
  problemKey,
  recordAfterSave,
  sameDraft,
  type ResidentDraft,
} from './resident-form';

const TODAY = '2026-12-03';
const BUILDINGS = new Map<number, number | undefined>([
  [1, 3],
  [2, undefined],
]);

const good = (over: Partial<ResidentDraft> = {}): ResidentDraft => ({
  ...emptyDraft(),
  name: '张秀英',
  phone: '13800000099',
  building: '1',
  unit: '2',
  room: '302',
  ...over,
});

const check = (over: Partial<ResidentDraft>) => checkDraft(good(over), TODAY, BUILDINGS);

describe('the resident form checks each field as the API does', () => {
  it('passes a complete draft', () => {
    expect(check({})).toEqual({});
    expect(check({ phone: '+86 138-0000-0099', birthDate: '1948/3/12', notes: '住三楼，\n腿脚不便' })).toEqual({});
  });

  it('names: required, 1–40 characters, no control characters', () => {
    expect(check({ name: '   ' })).toEqual({ name: 'REQUIRED' });
    expect(check({ name: '张'.repeat(41) })).toEqual({ name: 'NAME_LENGTH' });
    expect(check({ name: '张'.repeat(40) })).toEqual({});
    expect(check({ name: '张\u200b秀英' })).toEqual({ name: 'CONTROL_CHARACTERS' });
  });

  it('phones: 11 digits starting with 1; the second not the same as the first', () => {
    expect(check({ phone: '' })).toEqual({ phone: 'REQUIRED' });
    expect(check({ phone: '1380000' })).toEqual({ phone: 'PHONE_FORMAT' });
    expect(check({ phone: '23800000099' })).toEqual({ phone: 'PHONE_FORMAT' });
    expect(check({ phone2: '12' })).toEqual({ phone2: 'PHONE_FORMAT' });
    expect(check({ phone2: '138 0000 0099' })).toEqual({ phone2: 'PHONE_SAME_AS_FIRST' });
    expect(check({ phone2: '13900000099' })).toEqual({});
  });

  it('dates of birth: optional, real, in the past, after 1900', () => {
    expect(check({ birthDate: '' })).toEqual({});
    expect(check({ birthDate: '12 March 1948' })).toEqual({ birthDate: 'DATE_FORMAT' });
    expect(check({ birthDate: '1948-02-30' })).toEqual({ birthDate: 'DATE_NOT_REAL' });
    expect(check({ birthDate: '2027-01-01' })).toEqual({ birthDate: 'DATE_IN_FUTURE' });
    expect(check({ birthDate: '1899-12-31' })).toEqual({ birthDate: 'DATE_TOO_EARLY' });
    expect(checkBirthDate('1948年3月2日', TODAY)).toEqual({ value: '1948-03-02' });
    expect(checkBirthDate(TODAY, TODAY)).toEqual({ value: TODAY });
  });

  it('households: a building of the community, a unit it has, a room like 302', () => {
    expect(check({ building: '' })).toEqual({ building: 'REQUIRED' });
    expect(check({ building: '9' })).toEqual({ building: 'BUILDING_UNKNOWN' });
    expect(check({ unit: '4' })).toEqual({ unit: 'UNIT_RANGE' });
    expect(check({ unit: '0' })).toEqual({ unit: 'UNIT_RANGE' });
    expect(check({ unit: 'x' })).toEqual({ unit: 'UNIT_RANGE' });
    expect(check({ unit: '' })).toEqual({});
    // A building whose unit count is not known yet: the API decides the upper bound.
    expect(check({ building: '2', unit: '7' })).toEqual({});
    expect(check({ room: '' })).toEqual({ room: 'REQUIRED' });
    expect(check({ room: '3楼2号房' })).toEqual({ room: 'ROOM_FORMAT' });
    expect(check({ room: '302室' })).toEqual({});
    expect(check({ room: 'B-1203' })).toEqual({});
  });

  it('notes: at most 500 characters, line breaks allowed, other controls not', () => {
    expect(check({ notes: 'x'.repeat(501) })).toEqual({ notes: 'NOTES_LENGTH' });
    expect(check({ notes: 'a\tb' })).toEqual({ notes: 'CONTROL_CHARACTERS' });
  });

  it('names every wrong field at once', () => {
    expect(Object.keys(check({ name: '', phone: '12', birthDate: '2099-01-01', room: '' })).sort()).toEqual([
      'birthDate',
      'name',
      'phone',
      'room',
    ]);
  });
});

describe('the form and the API', () => {
  it('sends what the API takes', () => {
    expect(inputOf(good({ phone2: ' ', birthDate: '1948-03-12', notes: '  ' }))).toEqual({
      name: '张秀英',
      phone: '13800000099',
      phone2: null,
      birthDate: '1948-03-12',
      building: 1,
      unit: 2,
      room: '302',
      livesAlone: false,
      limitedMobility: false,
      notes: null,
    });
  });

  it('fills the form from a record, and knows when nothing changed', () => {
    const record = {
      phone: '13800000001',
      phone2: null,
      birthDate: '1948-03-12',
      notes: null,
      resident: {
        name: '张秀英',
        unit: 1,
        room: '101',
        livesAlone: true,
        limitedMobility: false,
        building: { number: 1 },
      },
    };
    const draft = draftOf(record);
    expect(draft).toMatchObject({ building: '1', unit: '1', phone2: '', notes: '', livesAlone: true });
    expect(sameDraft(draft, draftOf(record))).toBe(true);
    expect(sameDraft(draft, { ...draft, room: '102' })).toBe(false);
  });

  it("puts the API's reasons beside their fields", () => {
    const refused = new ApiError('Some fields are not valid', {
      code: 'BAD_USER_INPUT',
      fields: {
        phone: ['PHONE_FORMAT'],
        birthDate: ['DATE_IN_FUTURE', 'x'],
        'input.notes': ['maxLength'],
        other: ['y'],
      },
    });
    expect(apiProblems(refused)).toEqual({ phone: 'PHONE_FORMAT', birthDate: 'DATE_IN_FUTURE', notes: 'maxLength' });
    const taken = new ApiError('taken', {
      code: 'CONFLICT',
      reason: 'PHONE_TAKEN',
      fields: { phone: ['PHONE_TAKEN'] },
    });
    expect(apiProblems(taken)).toEqual({ phone: 'PHONE_TAKEN' });
    expect(apiProblems(new ApiError('changed', { code: 'CONFLICT', reason: 'RESIDENT_CHANGED' }))).toEqual({});
    expect(problemKey('PHONE_TAKEN')).toBe('resident.problem.PHONE_TAKEN');
    expect(problemKey('maxLength')).toBe('validation.maxLength');
  });
});

describe('after a save', () => {
  it('shows the fields as the API stored them, without reading the record again', () => {
    const record = {
      phone: '13800000001',
      phone2: null,
      birthDate: null,
      notes: 'old',
      cardCode: 'ABC',
      resident: {
        name: '张秀英',
        unit: 1,
        room: '101',
        livesAlone: false,
        limitedMobility: false,
        building: { number: 1 },
      },
    };
    const resident = { ...record.resident, room: '102' };
    const draft = good({ phone: '+86 139 0000 0002', phone2: '', birthDate: '1948/3/2', notes: '  ' });
    expect(recordAfterSave(record, draft, resident, TODAY)).toEqual({
      ...record,
      resident,
      phone: '13900000002',
      phone2: null,
      birthDate: '1948-03-02',
      notes: null,
    });
  });
});

describe('small things the page shows', () => {
  it('groups a set-up code 4 + 4', () => {
    expect(groupCode('12345678')).toBe('1234 5678');
  });

  it('links a household to the residents list', () => {
    expect(householdQuery(3, 2, '302')).toBe('building=3&unit=2&room=302');
  });
});
