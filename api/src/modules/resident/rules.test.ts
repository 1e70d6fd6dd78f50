import { describe, expect, it } from 'vitest';
import { FieldProblem, checkBirthDate, checkResident, cleanPhone, maskPhone } from './rules.js';

const units = (n: number) => (n >= 1 && n <= 12 ? (n === 3 ? 2 : 1) : undefined);
const today = '2026-12-03';
const draft = { name: '张秀英', phone: '13800000001', building: 1, room: '302' };

describe('the rules of a resident’s fields', () => {
  it('cleans what people type', () => {
    const r = checkResident(
      { ...draft, name: ' 张　秀英 ', phone: '+86 138-0000-0001', building: '3号楼', unit: '2单元', room: '302室' },
      today,
      units,
    );
    expect(r).toEqual({
      fields: expect.objectContaining({
        name: '张 秀英',
        phone: '13800000001',
        building: 3,
        unit: 2,
        room: '302',
        phone2: null,
        birthDate: null,
        notes: null,
      }),
    });
  });

  it('names every problem of every field', () => {
    const r = checkResident(
      {
        name: 'x'.repeat(41),
        phone: '1380000000',
        phone2: '13800000001',
        birthDate: '1948-13-01',
        building: 13,
        unit: 1,
        room: '',
        notes: 'a\u0000b',
      },
      today,
      units,
    );
    expect(r).toEqual({
      problems: {
        name: [FieldProblem.NAME_LENGTH],
        phone: [FieldProblem.PHONE_FORMAT],
        birthDate: [FieldProblem.DATE_NOT_REAL],
        building: [FieldProblem.BUILDING_UNKNOWN],
        room: [FieldProblem.REQUIRED],
        notes: [FieldProblem.CONTROL_CHARACTERS],
      },
    });
  });

  it('refuses a unit the building does not have, and a second phone equal to the first', () => {
    expect(checkResident({ ...draft, building: 3, unit: 3, phone2: '13800000001' }, today, units)).toEqual({
      problems: { unit: [FieldProblem.UNIT_RANGE], phone2: [FieldProblem.PHONE_SAME_AS_FIRST] },
    });
  });

  it.each([
    ['1948-03-12', '1948-03-12'],
    ['1948/3/12', '1948-03-12'],
    ['1948.03.12', '1948-03-12'],
    ['1948年3月12日', '1948-03-12'],
    ['19480312', '1948-03-12'],
    ['2024-02-29', '2024-02-29'],
  ])('reads the date %s', (input, value) => {
    expect(checkBirthDate(input, today)).toEqual({ value });
  });

  it.each([
    ['12/03/1948', FieldProblem.DATE_FORMAT],
    ['1948-02-30', FieldProblem.DATE_NOT_REAL],
    ['2023-02-29', FieldProblem.DATE_NOT_REAL],
    ['2026-12-04', FieldProblem.DATE_IN_FUTURE],
    ['1899-12-31', FieldProblem.DATE_TOO_EARLY],
  ])('refuses the date %s', (input, problem) => {
    expect(checkBirthDate(input, today)).toEqual({ problem });
  });

  it('masks a phone in lists', () => {
    expect(maskPhone('13800000001')).toBe('138****0001');
    expect(maskPhone(null)).toBeNull();
    expect(cleanPhone('0086 139 1234 5678')).toBe('13912345678');
  });
});
