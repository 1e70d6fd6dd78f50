/**
 * The rules of a resident's fields, in one place: the console's forms and the roster import
 * both check with them, and answer with the same reasons, field by field. Pure functions.
 */

export enum FieldProblem {
  REQUIRED = 'REQUIRED',
  NAME_LENGTH = 'NAME_LENGTH',
  CONTROL_CHARACTERS = 'CONTROL_CHARACTERS',
  PHONE_FORMAT = 'PHONE_FORMAT',
  DATE_FORMAT = 'DATE_FORMAT',
  DATE_NOT_REAL = 'DATE_NOT_REAL',
  DATE_IN_FUTURE = 'DATE_IN_FUTURE',
  DATE_TOO_EARLY = 'DATE_TOO_EARLY',
  UNIT_RANGE = 'UNIT_RANGE',
  ROOM_FORMAT = 'ROOM_FORMAT',
  NOTES_LENGTH = 'NOTES_LENGTH',
  BUILDING_UNKNOWN = 'BUILDING_UNKNOWN',
  PHONE_SAME_AS_FIRST = 'PHONE_SAME_AS_FIRST',
}

export const fieldProblems: Record<FieldProblem, string> = {
  REQUIRED: 'The field is required',
  NAME_LENGTH: 'A name is 1 to 40 characters',
  CONTROL_CHARACTERS: 'The text holds control characters (a paste from elsewhere?)',
  PHONE_FORMAT: 'A mainland mobile number: 11 digits starting with 1',
  DATE_FORMAT: 'A date as YYYY-MM-DD',
  DATE_NOT_REAL: 'No such day in the calendar',
  DATE_IN_FUTURE: 'A date of birth is in the past',
  DATE_TOO_EARLY: 'A date of birth after 1900-01-01',
  UNIT_RANGE: "A unit number the building has (1 to the building's units)",
  ROOM_FORMAT: 'A room is 1 to 10 letters, digits or dashes, e.g. 302',
  NOTES_LENGTH: 'Notes are at most 500 characters',
  BUILDING_UNKNOWN: 'The community has no such building',
  PHONE_SAME_AS_FIRST: 'The second phone is the same as the first',
};

export type FieldProblems = Partial<Record<keyof ResidentDraft, FieldProblem[]>>;

/** A resident's fields as a person typed them (a form, a spreadsheet row), before checking. */
export interface ResidentDraft {
  name: string;
  phone: string;
  phone2?: string | null;
  birthDate?: string | null;
  /** The building's number (1号楼 → 1). */
  building: number | string;
  unit?: number | string | null;
  room: string;
  livesAlone?: boolean;
  limitedMobility?: boolean;
  notes?: string | null;
}

/** The same fields, clean: what is stored. */
export interface ResidentFields {
  name: string;
  phone: string;
  phone2: string | null;
  birthDate: string | null;
  building: number;
  unit: number;
  room: string;
  livesAlone: boolean;
  limitedMobility: boolean;
  notes: string | null;
}

// C0 and C1 controls, DEL, and the invisible format characters that break a search.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;
const CONTROL_BUT_LINES =
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;
/* eslint-enable no-control-regex */

/** What people type for a phone: spaces, dashes, a +86 or 0086 in front. */
export function cleanPhone(input: string): string {
  const digits = input.replace(/[\s\-()（）]/g, '');
  return digits.replace(/^(\+86|0086)/, '');
}

/** A name: trimmed, inner runs of white space as one space, full-width forms folded. */
export function cleanName(input: string): string {
  return input.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** 1948-03-12, 1948/3/12, 1948.03.12, 19480312 → 1948-03-12; null when it is not a date shape. */
export function parseDate(input: string): { y: number; m: number; d: number } | null {
  const s = input.normalize('NFKC').trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Checks a date of birth against `today` (YYYY-MM-DD, the community's day). */
export function checkBirthDate(input: string, today: string): { value: string } | { problem: FieldProblem } {
  const p = parseDate(input);
  if (!p) return { problem: FieldProblem.DATE_FORMAT };
  const date = new Date(Date.UTC(p.y, p.m - 1, p.d));
  if (date.getUTCFullYear() !== p.y || date.getUTCMonth() !== p.m - 1 || date.getUTCDate() !== p.d) {
    return { problem: FieldProblem.DATE_NOT_REAL };
  }
  const value = `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  if (value > today) return { problem: FieldProblem.DATE_IN_FUTURE };
  if (value < '1900-01-01') return { problem: FieldProblem.DATE_TOO_EARLY };
  return { value };
}

function toInt(v: number | string | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const s = String(v)
    .normalize('NFKC')
    .trim()
    .replace(/(号楼|号|栋|幢|单元)$/, '');
  return /^\d{1,4}$/.test(s) ? Number(s) : null;
}

/**
 * Checks and cleans a draft. `units(building)` says how many units a building has (undefined:
 * no such building). Returns the clean fields, or every problem of every field.
 */
export function checkResident(
  draft: ResidentDraft,
  today: string,
  units: (building: number) => number | undefined,
): { fields: ResidentFields } | { problems: FieldProblems } {
  const problems: FieldProblems = {};
  const add = (field: keyof ResidentDraft, p: FieldProblem) => (problems[field] ??= []).push(p);

  const name = cleanName(draft.name ?? '');
  if (CONTROL.test(draft.name ?? '')) add('name', FieldProblem.CONTROL_CHARACTERS);
  if (!name) add('name', FieldProblem.REQUIRED);
  else if ([...name].length > 40) add('name', FieldProblem.NAME_LENGTH);

  const phone = cleanPhone(draft.phone ?? '');
  if (!phone) add('phone', FieldProblem.REQUIRED);
  else if (!/^1\d{10}$/.test(phone)) add('phone', FieldProblem.PHONE_FORMAT);

  let phone2: string | null = cleanPhone(draft.phone2 ?? '') || null;
  if (phone2 && !/^1\d{10}$/.test(phone2)) add('phone2', FieldProblem.PHONE_FORMAT);
  else if (phone2 && phone2 === phone) add('phone2', FieldProblem.PHONE_SAME_AS_FIRST);
  if (phone2 === '') phone2 = null;

  let birthDate: string | null = null;
  if (draft.birthDate && draft.birthDate.trim()) {
    const b = checkBirthDate(draft.birthDate, today);
    if ('problem' in b) add('birthDate', b.problem);
    else birthDate = b.value;
  }

  const building = toInt(draft.building);
  const unitCount = building === null ? undefined : units(building);
  if (draft.building === '' || draft.building === null || draft.building === undefined) {
    add('building', FieldProblem.REQUIRED);
  } else if (unitCount === undefined) add('building', FieldProblem.BUILDING_UNKNOWN);

  const unitGiven = draft.unit !== null && draft.unit !== undefined && String(draft.unit).trim() !== '';
  const unit = unitGiven ? toInt(draft.unit) : 1;
  if (unit === null || unit < 1 || (unitCount !== undefined && unit > unitCount)) add('unit', FieldProblem.UNIT_RANGE);

  const room = (draft.room ?? '')
    .normalize('NFKC')
    .trim()
    .replace(/(室|号)$/, '');
  if (!room) add('room', FieldProblem.REQUIRED);
  else if (!/^[0-9A-Za-z-]{1,10}$/.test(room)) add('room', FieldProblem.ROOM_FORMAT);

  const notesRaw = draft.notes ?? '';
  if (CONTROL_BUT_LINES.test(notesRaw)) add('notes', FieldProblem.CONTROL_CHARACTERS);
  const notes = notesRaw.trim() || null;
  if (notes && [...notes].length > 500) add('notes', FieldProblem.NOTES_LENGTH);

  if (Object.keys(problems).length) return { problems };
  return {
    fields: {
      name,
      phone,
      phone2,
      birthDate,
      building: building!,
      unit: unit!,
      room: room.toUpperCase(),
      livesAlone: !!draft.livesAlone,
      limitedMobility: !!draft.limitedMobility,
      notes,
    },
  };
}

/** 13800000001 → 138****0001: what a list shows. */
export function maskPhone(phone: string | null): string | null {
  return phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null;
}
