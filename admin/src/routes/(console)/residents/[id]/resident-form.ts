import { ApiError } from '@linli/client';
import { inputProblems } from '@linli/ui';

/**
 * The resident form's logic (adding one at /residents/new, editing one on /residents/<id>):
 * the same field rules as the API's `rules.ts` (`checkResident`), so the browser names the same
 * reason beside a field before the API is asked, and the API's reasons (`extensions.fields`)
 * land beside the same fields when it is asked anyway. Pure functions, no Svelte.
 */

export * from './resident-rules';
import {
  checkBirthDate,
  cleanPhone,
  FIELD_PROBLEMS,
  FIELDS,
  toInt,
  type FieldName,
  type ResidentDraft,
} from './resident-rules';

export const emptyDraft = (): ResidentDraft => ({
  name: '',
  phone: '',
  phone2: '',
  birthDate: '',
  building: '',
  unit: '1',
  room: '',
  livesAlone: false,
  limitedMobility: false,
  notes: '',
});

/** The record as the API gives it (the fields the form edits). */
export interface RecordFields {
  phone: string | null;
  phone2: string | null;
  birthDate: string | null;
  notes: string | null;
  resident: {
    name: string;
    unit: number;
    room: string;
    livesAlone: boolean;
    limitedMobility: boolean;
    building: { number: number };
  };
}

export function draftOf(record: RecordFields): ResidentDraft {
  const r = record.resident;
  return {
    name: r.name,
    phone: record.phone ?? '',
    phone2: record.phone2 ?? '',
    birthDate: record.birthDate ?? '',
    building: String(r.building.number),
    unit: String(r.unit),
    room: r.room,
    livesAlone: r.livesAlone,
    limitedMobility: r.limitedMobility,
    notes: record.notes ?? '',
  };
}

/** The API's input (`ResidentInput`): the API cleans and checks it again. */
export function inputOf(draft: ResidentDraft) {
  return {
    name: draft.name,
    phone: draft.phone,
    phone2: draft.phone2.trim() || null,
    birthDate: draft.birthDate.trim() || null,
    building: toInt(draft.building) ?? 0,
    unit: toInt(draft.unit) ?? 1,
    room: draft.room,
    livesAlone: draft.livesAlone,
    limitedMobility: draft.limitedMobility,
    notes: draft.notes.trim() || null,
  };
}

const isFieldName = (f: string): f is FieldName => (FIELDS as readonly string[]).includes(f);

/**
 * The API's refusal, field by field: BAD_USER_INPUT's `extensions.fields` (rules' reasons, or a
 * constraint such as maxLength), and PHONE_TAKEN beside the phone. Empty: not a field problem.
 */
export function apiProblems(err: unknown): Partial<Record<FieldName, string>> {
  if (err instanceof ApiError && err.reason === 'PHONE_TAKEN') return { phone: 'PHONE_TAKEN' };
  const out: Partial<Record<FieldName, string>> = {};
  for (const [field, problem] of Object.entries(inputProblems(err))) {
    if (isFieldName(field)) out[field] = problem;
  }
  return out;
}

/** The words for a problem: `resident.problem.<REASON>`, or the console's `validation.<constraint>`. */
export function problemKey(problem: string): string {
  return (FIELD_PROBLEMS as readonly string[]).includes(problem)
    ? `resident.problem.${problem}`
    : `validation.${problem}`;
}

/** 12345678 → 1234 5678: a set-up code read aloud or copied in two halves. */
export const groupCode = (code: string): string => code.replace(/^(\d{4})(\d{4})$/, '$1 $2');

/** 3号楼 2单元 302 → the residents list's query for that household (after `/residents?`). */
export function householdQuery(building: number, unit: number, room: string): string {
  const q = new URLSearchParams({ building: String(building), unit: String(unit), room });
  return q.toString();
}

/** Whether saving would change anything (an unchanged form need not be sent). */
export const sameDraft = (a: ResidentDraft, b: ResidentDraft): boolean => FIELDS.every((f) => a[f] === b[f]);

/**
 * The record once an edit is saved: the API answers with the resident (and its new version);
 * the personal fields are the draft's, cleaned as the API cleans them. No second (audited) read.
 */
export function recordAfterSave<R extends RecordFields & { resident: object }>(
  record: R,
  draft: ResidentDraft,
  resident: R['resident'],
  today: string,
): R {
  const birth = draft.birthDate.trim() ? checkBirthDate(draft.birthDate, today) : null;
  return {
    ...record,
    resident,
    phone: cleanPhone(draft.phone),
    phone2: cleanPhone(draft.phone2) || null,
    birthDate: birth && 'value' in birth ? birth.value : null,
    notes: draft.notes.trim() || null,
  };
}
