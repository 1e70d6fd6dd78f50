import { ApiError, NETWORK_ERROR, type ErrorCode, type ErrorReason } from '@linli/client';

/**
 * The roster import's logic, apart from the page: files go up and down over the API's plain
 * HTTP routes (/api/roster/…; a 5,000-row sheet is larger than a GraphQL body may be).
 */

export type RosterColumn =
  | 'name'
  | 'phone'
  | 'building'
  | 'unit'
  | 'room'
  | 'birthDate'
  | 'phone2'
  | 'livesAlone'
  | 'limitedMobility'
  | 'notes'
  | 'id';

/** One line of the dry run's report (the API's `ReportProblem`). */
export interface ReportProblem {
  row: number | null;
  field: RosterColumn | null;
  column: string | null;
  reason: string;
  otherRow?: number;
  existingName?: string;
}

/** The API's `RosterReport`. */
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

export interface CommitResult {
  committed: boolean;
  report: RosterReport;
}

export type FileFormat = 'xlsx' | 'csv';

/** The server takes files up to this size (10,000 rows of XLSX are far smaller). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type FileRefusal = 'FILE_TYPE' | 'FILE_TOO_LARGE' | 'FILE_EMPTY';

/** Refuses, before sending, what cannot be a roster: the server would say the same, later. */
export function fileRefusal(file: { name: string; size: number }): FileRefusal | null {
  if (!/\.(xlsx|csv|txt)$/i.test(file.name)) return 'FILE_TYPE';
  if (file.size === 0) return 'FILE_EMPTY';
  if (file.size > MAX_FILE_BYTES) return 'FILE_TOO_LARGE';
  return null;
}

/**
 * Where an upload is. `fraction` is known while the file travels (the browser counts the bytes
 * sent); once it has arrived the server reads, checks (and for a commit writes) in one request,
 * so that phase has no fraction: the bar shows it as under way, not as a made-up percentage.
 */
export type Progress =
  { phase: 'uploading'; fraction: number } | { phase: 'server'; fraction: null } | { phase: 'done'; fraction: 1 };

/** The bar's value (0–100) and whether it is indeterminate. */
export function barOf(p: Progress | null): { value: number | null; percent: number } {
  if (!p) return { value: 0, percent: 0 };
  if (p.phase === 'server') return { value: null, percent: 100 };
  const percent = Math.round(p.fraction * 100);
  return { value: percent, percent };
}

type Xhr = Pick<
  XMLHttpRequest,
  'open' | 'setRequestHeader' | 'send' | 'status' | 'responseText' | 'onload' | 'onerror' | 'upload'
>;

function apiErrorOf(status: number, text: string): ApiError {
  if (status === 413)
    return new ApiError('File too large', {
      code: 'BAD_USER_INPUT',
      reason: undefined,
      fields: { file: ['FILE_TOO_LARGE'] },
    });
  try {
    const body = JSON.parse(text) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
    const first = body.errors?.[0];
    if (first) {
      const ext = first.extensions ?? {};
      return new ApiError(first.message, {
        code: (ext.code as ErrorCode) ?? 'INTERNAL_SERVER_ERROR',
        reason: ext.reason as ErrorReason | undefined,
        fields: ext.fields as Record<string, string[]> | undefined,
      });
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiError(`HTTP ${status}`, { code: 'INTERNAL_SERVER_ERROR' });
}

/** Sends a file to a roster route, telling `onProgress` how far it is; resolves to the JSON answer. */
export function sendFile<T>(
  url: string,
  file: Blob,
  token: string | null,
  onProgress: (p: Progress) => void,
  newXhr: () => Xhr = () => new XMLHttpRequest(),
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = newXhr();
    xhr.open('POST', url);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    onProgress({ phase: 'uploading', fraction: 0 });
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress({ phase: 'uploading', fraction: e.loaded / e.total });
    };
    xhr.upload.onload = () => onProgress({ phase: 'server', fraction: null });
    xhr.onload = () => {
      if (xhr.status === 200) {
        onProgress({ phase: 'done', fraction: 1 });
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new ApiError('Bad answer', { code: 'INTERNAL_SERVER_ERROR' }));
        }
      } else reject(apiErrorOf(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(new ApiError('Network error', { code: NETWORK_ERROR }));
    xhr.send(file);
  });
}

/** The export's address, with the residents list's filters (`search`, `buildingId`, …) when given. */
export function exportUrl(
  base: string,
  format: FileFormat,
  filter: Record<string, string | null | undefined> = {},
): string {
  const given = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  const q = new URLSearchParams({ format });
  if (Object.keys(given).length) q.set('filter', JSON.stringify(given));
  return `${base}/api/roster/export?${q}`;
}

/** The file name a download names in Content-Disposition (RFC 5987 `filename*` first). */
export function filenameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through
    }
  }
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/** Fetches a file (template or export) as the signed-in staff member. */
export async function fetchFile(
  url: string,
  token: string | null,
  fallback: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ blob: Blob; filename: string }> {
  let res: Response;
  try {
    res = await fetchImpl(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError('Network error', { code: NETWORK_ERROR });
  }
  if (!res.ok) throw apiErrorOf(res.status, await res.text());
  return { blob: await res.blob(), filename: filenameOf(res.headers.get('content-disposition'), fallback) };
}

/** A report's problem as a line of the table: row ("file" when the file itself), column, what is wrong. */
export interface ProblemLine {
  key: string;
  row: string;
  column: string;
  problem: string;
}

type T = (key: string, options?: { values?: Record<string, string | number> }) => string;

export function problemLines(report: RosterReport, t: T): ProblemLine[] {
  return report.problems.map((p, i) => ({
    key: `${i}`,
    row: p.row === null ? t('roster.report.wholeFile') : String(p.row),
    column: p.column ?? (p.field ? t(`roster.column.${p.field}`) : '—'),
    problem: t(`roster.problem.${p.reason}`, {
      values: { otherRow: p.otherRow ?? '', existingName: p.existingName ?? '' },
    }),
  }));
}

/** The commit is offered only for a checked file with rows and not one problem. */
export function canCommit(report: RosterReport | null): boolean {
  return !!report && report.rows > 0 && report.errors === 0 && report.problems.length === 0;
}

/** Every problem code the report may carry (the field rules' and the import's own). */
export const PROBLEMS = [
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
  'DUPLICATE_IN_FILE',
  'PHONE_CONFLICT',
  'HEADER_MISSING',
  'TOO_MANY_ROWS',
  'FILE_UNREADABLE',
  'YES_NO_FORMAT',
  'RESIDENT_UNKNOWN',
] as const;
