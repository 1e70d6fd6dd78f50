import { FieldProblem } from '../resident/index.js';

/**
 * What can be wrong with a roster row or file besides the field rules (`FieldProblem`, shared
 * with the console's forms). These are lines of the dry run's report, not errors thrown.
 */
export enum RosterProblem {
  DUPLICATE_IN_FILE = 'DUPLICATE_IN_FILE',
  PHONE_CONFLICT = 'PHONE_CONFLICT',
  HEADER_MISSING = 'HEADER_MISSING',
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  FILE_UNREADABLE = 'FILE_UNREADABLE',
  YES_NO_FORMAT = 'YES_NO_FORMAT',
  RESIDENT_UNKNOWN = 'RESIDENT_UNKNOWN',
}

export const rosterProblems: Record<RosterProblem, string> = {
  DUPLICATE_IN_FILE: 'Another row of the file has the same phone (or resident id): `otherRow` names it',
  PHONE_CONFLICT: 'A resident with another name already has this phone: `existingName` says who',
  HEADER_MISSING: 'The header row lacks a required column (or no header row was found)',
  TOO_MANY_ROWS: 'More than 10,000 rows: split the file',
  FILE_UNREADABLE: 'Not an XLSX or CSV file this import can read (an old .xls: save it as .xlsx)',
  YES_NO_FORMAT: 'A yes/no column holds something else than 是/否, Y/N, √ or empty',
  RESIDENT_UNKNOWN: 'The resident id (居民编号) names no current resident of this community',
};

export type ReportReason = RosterProblem | FieldProblem;
