import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validate } from 'class-validator';
import { getMetadataStorage, ID, Int } from 'type-graphql';
import { hasRole, Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/database.js';
import { badInput, conflict, forbidden, unauthenticated } from '../../platform/errors.js';
import { publishIn } from '../../platform/pubsub.js';
import { row, rows } from '../../platform/sql.js';
import { localDate } from '../../platform/time.js';
import { Audit, AuditAction } from '../audit/index.js';
import {
  checkResident,
  cleanName,
  ResidentBulk,
  Residents,
  ResidentsArgs,
  type BulkResident,
  type Resident,
  type ResidentFields,
} from '../resident/index.js';
import { exportFile, templateFile, type FileFormat } from './roster.files.js';
import { HEADERS, parseRoster, yesNo, type ParsedRoster, type RosterColumn } from './roster.parse.js';
import { RosterProblem, type ReportReason } from './roster.problems.js';
import { RosterReason } from './roster.reasons.js';
import { LIVE_RESIDENTS, ROSTER_LOCK, type LiveResident } from './roster.sql.js';

/** One problem of the report: the sheet's row (null: the file), the column, why. */
export interface ReportProblem {
  row: number | null;
  /** Which column: its key (`phone`) and its header as the file wrote it (or the template's). */
  field: RosterColumn | null;
  column: string | null;
  reason: ReportReason;
  /** DUPLICATE_IN_FILE: the other row with the same phone (or id). */
  otherRow?: number;
  /** PHONE_CONFLICT: the name of the resident who has the phone now (staff see names anyway). */
  existingName?: string;
}

/** What a dry run (and a commit) answers. Counts are of rows; `errors` of rows with a problem. */
export interface RosterReport {
  format: 'xlsx' | 'csv';
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  emptyRows: number;
  problems: ReportProblem[];
}

/** A phase the import finished: read (rows), checked (errors), written (not yet committed). */
export type Progress = (
  event: { phase: 'read'; rows: number } | { phase: 'checked'; errors: number } | { phase: 'written' },
) => void;

export interface CommitResult {
  committed: boolean;
  report: RosterReport;
}

interface Plan {
  report: RosterReport;
  inserts: BulkResident[];
  updates: BulkResident[];
}

/** Residents read per page by an export. */
const EXPORT_PAGE = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Importing and exporting residents in bulk: admins and secretaries (not STAFF). */
function mayBulk(ctx: Context): void {
  if (!ctx.principal.staff) throw unauthenticated('Please sign in');
  if (!hasRole(ctx.principal, Role.SECRETARY)) {
    throw forbidden('Importing and exporting residents is for admins and secretaries', RosterReason.ROSTER_ROLE);
  }
}

function sameAs(ex: LiveResident, f: ResidentFields): boolean {
  return (
    ex.name === f.name &&
    ex.phone === f.phone &&
    ex.phone2 === f.phone2 &&
    ex.birth_date === f.birthDate &&
    ex.building === f.building &&
    ex.unit === f.unit &&
    ex.room === f.room &&
    ex.lives_alone === f.livesAlone &&
    ex.limited_mobility === f.limitedMobility &&
    ex.notes === f.notes
  );
}

/**
 * Checks every row of a parsed file against the field rules, the file itself (duplicates) and
 * the community's residents (conflicts, updates), and works out what a commit would write.
 */
async function plan(em: EntityManager, parsed: ParsedRoster): Promise<Plan> {
  const report: RosterReport = {
    format: parsed.format,
    rows: parsed.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: 0,
    emptyRows: parsed.emptyRows,
    problems: [],
  };
  const header = (c: RosterColumn | null) => (c ? (parsed.headers[c] ?? HEADERS[c]) : null);
  if (parsed.problems.length) {
    report.problems = parsed.problems.map((p) => ({
      ...p,
      field: p.column,
      column: header(p.column),
      reason: p.reason as ReportReason,
    }));
    report.errors = parsed.rows.length;
    return { report, inserts: [], updates: [] };
  }

  const buildings = await Residents.buildingsByNumber(em);
  const live = await rows(em, LIVE_RESIDENTS, {});
  const byPhone = new Map(live.filter((r) => r.phone).map((r) => [r.phone!, r]));
  const byId = new Map(live.map((r) => [r.id, r]));
  const today = localDate();

  const problems = new Map<number, ReportProblem[]>();
  const add = (rowNo: number, field: RosterColumn | null, reason: ReportReason, extra: Partial<ReportProblem> = {}) => {
    const list = problems.get(rowNo) ?? [];
    list.push({ row: rowNo, field, column: header(field), reason, ...extra });
    problems.set(rowNo, list);
  };

  // Field by field, with the forms' rules.
  const checked: { row: number; id: string | null; fields: ResidentFields }[] = [];
  for (const r of parsed.rows) {
    const c = r.cells;
    const flags: Partial<Record<'livesAlone' | 'limitedMobility', boolean>> = {};
    for (const k of ['livesAlone', 'limitedMobility'] as const) {
      const v = yesNo(c[k] ?? '');
      if (v === undefined) add(r.row, k, RosterProblem.YES_NO_FORMAT);
      else flags[k] = v;
    }
    const id = (c.id ?? '').trim() || null;
    if (id && !UUID.test(id)) add(r.row, 'id', RosterProblem.RESIDENT_UNKNOWN);
    const result = checkResident(
      {
        name: c.name ?? '',
        phone: c.phone ?? '',
        phone2: c.phone2,
        birthDate: c.birthDate,
        building: c.building ?? '',
        unit: c.unit,
        room: c.room ?? '',
        livesAlone: flags.livesAlone,
        limitedMobility: flags.limitedMobility,
        notes: c.notes,
      },
      today,
      (n) => {
        const b = buildings.get(n);
        return b ? Residents.unitsOf(b) : undefined;
      },
    );
    if ('problems' in result) {
      for (const [field, list] of Object.entries(result.problems)) {
        for (const p of list ?? []) add(r.row, field as RosterColumn, p);
      }
    } else if (!problems.has(r.row)) checked.push({ row: r.row, id: id?.toLowerCase() ?? null, fields: result.fields });
  }

  // The same phone (or resident id) twice in the file: both rows are named.
  const firstBy = new Map<string, number>();
  const dupes = new Set<number>();
  const flagged = new Set<string>();
  const flag = (rowNo: number, field: RosterColumn, otherRow: number) => {
    if (flagged.has(`${rowNo}:${field}`)) return;
    flagged.add(`${rowNo}:${field}`);
    add(rowNo, field, RosterProblem.DUPLICATE_IN_FILE, { otherRow });
  };
  for (const r of checked) {
    const keys: [string | null, RosterColumn][] = [
      [`p:${r.fields.phone}`, 'phone'],
      [r.id ? `i:${r.id}` : null, 'id'],
    ];
    for (const [key, field] of keys) {
      if (!key) continue;
      const other = firstBy.get(key);
      if (other === undefined) {
        firstBy.set(key, r.row);
        continue;
      }
      flag(other, field, r.row);
      flag(r.row, field, other);
      dupes.add(r.row).add(other);
    }
  }

  // Against the community's residents: new, update, unchanged, or a conflict to show.
  const inserts: BulkResident[] = [];
  const updates: BulkResident[] = [];
  const matched = new Map<string, number>();
  for (const r of checked) {
    if (dupes.has(r.row)) continue;
    const holder = byPhone.get(r.fields.phone);
    let target: LiveResident | undefined;
    if (r.id) {
      target = byId.get(r.id);
      if (!target) {
        add(r.row, 'id', RosterProblem.RESIDENT_UNKNOWN);
        continue;
      }
      if (holder && holder.id !== target.id) {
        add(r.row, 'phone', RosterProblem.PHONE_CONFLICT, { existingName: holder.name });
        continue;
      }
    } else if (holder) {
      if (cleanName(holder.name) !== r.fields.name) {
        add(r.row, 'phone', RosterProblem.PHONE_CONFLICT, { existingName: holder.name });
        continue;
      }
      target = holder;
    }
    const building = buildings.get(r.fields.building)!;
    if (!target) {
      inserts.push({ id: randomUUID(), buildingId: building.id, fields: r.fields });
      continue;
    }
    const earlier = matched.get(target.id);
    if (earlier !== undefined) {
      add(r.row, r.id ? 'id' : 'phone', RosterProblem.DUPLICATE_IN_FILE, { otherRow: earlier });
      continue;
    }
    matched.set(target.id, r.row);
    if (sameAs(target, r.fields)) report.unchanged++;
    else updates.push({ id: target.id, version: target.version, buildingId: building.id, fields: r.fields });
  }

  report.problems = [...problems.values()].flat().sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  report.errors = problems.size;
  report.created = inserts.length;
  report.updated = updates.length;
  return { report, inserts, updates };
}

/** The `residents` query's filters, from an export's query string (`filter` = JSON of ResidentsArgs minus paging). */
async function filterOf(text: string | undefined): Promise<Record<string, unknown>> {
  if (!text) return {};
  let given: unknown;
  try {
    given = JSON.parse(text);
  } catch {
    throw badInput('The filter is not JSON', { filter: ['FILTER_FORMAT'] });
  }
  if (!given || typeof given !== 'object' || Array.isArray(given))
    throw badInput('The filter is not an object', { filter: ['FILTER_FORMAT'] });
  const { offset: _o, limit: _l, ...filter } = given as Record<string, unknown>;
  for (const k of Object.keys(filter)) if (filter[k] === null || filter[k] === '') delete filter[k];
  // Whatever filters the `residents` query takes (its GraphQL arguments, their types, their validators); nothing else.
  const fields = new Map(
    getMetadataStorage()
      .fields.filter((f) => f.target === ResidentsArgs)
      .map((f) => [f.name, f.getType()] as const),
  );
  const wrong: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(filter)) {
    const type = fields.get(k);
    const fits =
      type === Boolean
        ? typeof v === 'boolean'
        : type === Int || type === Number
          ? Number.isInteger(v)
          : type === String || type === ID
            ? typeof v === 'string'
            : !!type && typeof type === 'object' && Object.values(type).includes(v);
    if (!fits) wrong[k] = ['FILTER_FORMAT'];
  }
  const errors = Object.keys(wrong).length ? [] : await validate(Object.assign(new ResidentsArgs(), filter));
  for (const e of errors) wrong[e.property] = Object.keys(e.constraints ?? { invalid: '' });
  if (Object.keys(wrong).length) throw badInput('The filter is not valid', wrong);
  return filter;
}

export const RosterService = {
  /** The template to fill in (no personal data: any staff member). */
  async template(ctx: Context, format: FileFormat) {
    if (!ctx.principal.staff) throw unauthenticated('Please sign in');
    return templateFile(format);
  },

  /** Reads and checks a file; writes nothing. `progress` hears each phase as it ends. */
  async dryRun(ctx: Context, file: Buffer, progress: Progress = () => {}): Promise<RosterReport> {
    mayBulk(ctx);
    const parsed = await parseRoster(file);
    progress({ phase: 'read', rows: parsed.rows.length });
    const { report } = await plan(ctx.em, parsed);
    progress({ phase: 'checked', errors: report.errors });
    return report;
  },

  /**
   * Writes a file's residents all-or-nothing, when a fresh check (under the community's import
   * lock) finds no problem; otherwise answers that report and writes nothing.
   */
  async commit(ctx: Context, file: Buffer, progress: Progress = () => {}): Promise<CommitResult> {
    mayBulk(ctx);
    const parsed = await parseRoster(file);
    progress({ phase: 'read', rows: parsed.rows.length });
    try {
      return await ctx.em.transactional(async (em) => {
        await row(em, ROSTER_LOCK, {});
        const { report, inserts, updates } = await plan(em, parsed);
        progress({ phase: 'checked', errors: report.errors });
        if (report.errors || report.problems.length) return { committed: false, report };
        await ResidentBulk.insert(em, inserts);
        const changed = await ResidentBulk.update(em, updates);
        if (changed !== updates.length) {
          throw conflict(RosterReason.ROSTER_CHANGED, 'Someone edited a resident during the import: run it again');
        }
        if (inserts.length || updates.length) {
          await Audit.record(ctx, em, {
            action: AuditAction.ROSTER_IMPORTED,
            detail: {
              rows: report.rows,
              created: report.created,
              updated: report.updated,
              unchanged: report.unchanged,
            },
          });
          await publishIn(em, 'RESIDENT_CHANGED', { communityId: ctx.principal.communityId! });
        }
        progress({ phase: 'written' });
        return { committed: true, report };
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw conflict(RosterReason.ROSTER_CHANGED, 'A phone was taken during the import: run the dry run again');
      }
      throw err;
    }
  },

  /** The residents (optionally a filtered list) as a file that imports again unchanged; audited. */
  async export(ctx: Context, format: FileFormat, filterText?: string) {
    mayBulk(ctx);
    const filter = await filterOf(filterText);
    return ctx.em.transactional(async (em) => {
      const scoped = { ...ctx, em };
      // The list's own query, page by page (whatever page size it allows), until its total.
      const items: Resident[] = [];
      for (;;) {
        const args = { ...filter, offset: items.length, limit: EXPORT_PAGE } as ResidentsArgs;
        const page = await Residents.list(scoped, args);
        items.push(...page.items);
        if (!page.items.length || items.length >= page.total) break;
      }
      await Audit.record(ctx, em, {
        action: AuditAction.RESIDENTS_EXPORTED,
        detail: { format, filter, count: items.length },
      });
      return exportFile(format, items);
    });
  },
};
