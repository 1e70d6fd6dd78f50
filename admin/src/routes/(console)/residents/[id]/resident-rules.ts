/**
 * The rules of a resident's fields as the console checks them before asking the API: the same
 * rules, reasons and clean-ups as the API's `rules.ts` (`checkResident`), which the browser may
 * not import. `tests/resident-page.e2e.test.ts` runs both on the same drafts. No imports.
 */

/** The API's `FieldProblem` reasons (rules.ts): a form's and a roster row's. */
export const RULE_PROBLEMS = [
  'REQUIRED',
  'NAME_LENGTH',
  'CONTROL_CHARACTERS',
  'PHONE_FORMAT',
  'DATE_FORMAT',
  'DATE_NOT_REAL',
  'DATE_IN_FUTURE',
  'DATE_TOO_EARLY',
  'UNIT_RANGE',
  'ROOM_FORMAT',
  'NOTES_LENGTH',
  'BUILDING_UNKNOWN',
  'PHONE_SAME_AS_FIRST',
] as const;

/** …and PHONE_TAKEN (a conflict, shown beside the phone). */
export const FIELD_PROBLEMS = [...RULE_PROBLEMS, 'PHONE_TAKEN'] as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[number];

export const FIELDS = [
  'name',
  'phone',
  'phone2',
  'birthDate',
  'building',
  'unit',
  'room',
  'livesAlone',
  'limitedMobility',
  'notes',
] as const;
export type FieldName = (typeof FIELDS)[number];

/** What the form holds: text as typed (the building as its number, '' for none chosen). */
export interface ResidentDraft {
  name: string;
  phone: string;
  phone2: string;
  birthDate: string;
  building: string;
  unit: string;
  room: string;
  livesAlone: boolean;
  limitedMobility: boolean;
  notes: string;
}

/** One problem per field: the first, as the API's first is the one shown. */
export type Problems = Partial<Record<FieldName, string>>;

// C0 and C1 controls, DEL, and the invisible format characters that break a search (as the API).
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;
const CONTROL_BUT_LINES =
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;
/* eslint-enable no-control-regex */

/** What people type for a phone: spaces, dashes, a +86 or 0086 in front. */
export const cleanPhone = (input: string): string => input.replace(/[\s\-()（）]/g, '').replace(/^(\+86|0086)/, '');

const cleanName = (input: string): string => input.normalize('NFKC').trim().replace(/\s+/g, ' ');

const pad = (n: number) => String(n).padStart(2, '0');

/** A date of birth as the API reads it (1948-03-12, 1948/3/12, 1948.03.12, 19480312, 1948年3月12日). */
export function checkBirthDate(input: string, today: string): { value: string } | { problem: FieldProblem } {
  const s = input.normalize('NFKC').trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return { problem: 'DATE_FORMAT' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return { problem: 'DATE_NOT_REAL' };
  }
  const value = `${y}-${pad(mo)}-${pad(d)}`;
  if (value > today) return { problem: 'DATE_IN_FUTURE' };
  if (value < '1900-01-01') return { problem: 'DATE_TOO_EARLY' };
  return { value };
}

export const toInt = (v: string): number | null => {
  const s = v
    .normalize('NFKC')
    .trim()
    .replace(/(号楼|号|栋|幢|单元)$/, '');
  return /^\d{1,4}$/.test(s) ? Number(s) : null;
};

/**
 * The problem of each field, as the API would name it. `buildings`: the community's building
 * numbers, each with its units when known (undefined: the API decides the unit's upper bound).
 */
export function checkDraft(
  draft: ResidentDraft,
  today: string,
  buildings: ReadonlyMap<number, number | undefined>,
): Partial<Record<FieldName, FieldProblem>> {
  const problems: Partial<Record<FieldName, FieldProblem>> = {};
  const add = (field: FieldName, p: FieldProblem) => (problems[field] ??= p);

  const name = cleanName(draft.name);
  if (CONTROL.test(draft.name)) add('name', 'CONTROL_CHARACTERS');
  if (!name) add('name', 'REQUIRED');
  else if ([...name].length > 40) add('name', 'NAME_LENGTH');

  const phone = cleanPhone(draft.phone);
  if (!phone) add('phone', 'REQUIRED');
  else if (!/^1\d{10}$/.test(phone)) add('phone', 'PHONE_FORMAT');

  const phone2 = cleanPhone(draft.phone2);
  if (phone2 && !/^1\d{10}$/.test(phone2)) add('phone2', 'PHONE_FORMAT');
  else if (phone2 && phone2 === phone) add('phone2', 'PHONE_SAME_AS_FIRST');

  if (draft.birthDate.trim()) {
    const b = checkBirthDate(draft.birthDate, today);
    if ('problem' in b) add('birthDate', b.problem);
  }

  const building = toInt(draft.building);
  if (!draft.building.trim()) add('building', 'REQUIRED');
  else if (building === null || !buildings.has(building)) add('building', 'BUILDING_UNKNOWN');
  const units = building === null ? undefined : buildings.get(building);

  const unit = draft.unit.trim() ? toInt(draft.unit) : 1;
  if (unit === null || unit < 1 || (units !== undefined && unit > units)) add('unit', 'UNIT_RANGE');

  const room = draft.room
    .normalize('NFKC')
    .trim()
    .replace(/(室|号)$/, '');
  if (!room) add('room', 'REQUIRED');
  else if (!/^[0-9A-Za-z-]{1,10}$/.test(room)) add('room', 'ROOM_FORMAT');

  if (CONTROL_BUT_LINES.test(draft.notes)) add('notes', 'CONTROL_CHARACTERS');
  const notes = draft.notes.trim();
  if (notes && [...notes].length > 500) add('notes', 'NOTES_LENGTH');

  return problems;
}
