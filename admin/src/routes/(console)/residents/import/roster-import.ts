import { ApiError, NETWORK_ERROR, type ErrorCode, type ErrorReason } from '@linli/client';
import { RULE_PROBLEMS } from '../[id]/resident-rules';

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
 * Where an upload is, honestly: while the file travels the browser counts the bytes sent; then
 * the server reports each phase as it ends (read → checked → written, one NDJSON line each), so
 * the bar moves by phases it has really passed and the label says what runs now.
 */
export type Progress =
  | { phase: 'uploading'; fraction: number }
  | { phase: 'reading' }
  | { phase: 'checking'; rows: number }
  | { phase: 'writing'; rows: number }
  | { phase: 'committing'; rows: number }
  | { phase: 'done' };

/** Share of the bar for each phase reached: the upload fills the first half. */
const PHASE_AT = { reading: 50, checking: 70, writing: 85, committing: 95, done: 100 } as const;

/** The bar's value (0–100). */
export function barOf(p: Progress | null): number {
  if (!p) return 0;
  if (p.phase === 'uploading') return Math.round(p.fraction * 50);
  return PHASE_AT[p.phase];
}

/** What the server says while it works (the API's `progress` lines). */
type ServerEvent = { phase: 'read'; rows: number } | { phase: 'checked'; errors: number } | { phase: 'written' };

/** The next state after a server line: a dry run ends at `checked`, a commit writes then. */
export function afterEvent(p: Progress, e: ServerEvent, writes: boolean): Progress {
  const rows = 'rows' in p ? p.rows : 0;
  if (e.phase === 'read') return { phase: 'checking', rows: e.rows };
  if (e.phase === 'checked') return writes && e.errors === 0 ? { phase: 'writing', rows } : p;
  return { phase: 'committing', rows };
}

type Xhr = Pick<
  XMLHttpRequest,
  'open' | 'setRequestHeader' | 'send' | 'status' | 'responseText' | 'onload' | 'onerror' | 'onprogress' | 'upload'
>;

type ErrorBody = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

function apiErrorOf(status: number, body: ErrorBody | string): ApiError {
  if (status === 413) {
    return new ApiError('File too large', { code: 'BAD_USER_INPUT', fields: { file: ['FILE_TOO_LARGE'] } });
  }
  try {
    const parsed = typeof body === 'string' ? (JSON.parse(body) as ErrorBody) : body;
    const first = parsed.errors?.[0];
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

/**
 * Sends a file to a roster route (`writes`: the commit), telling `onProgress` how far it is;
 * resolves to the reply (the last NDJSON line).
 */
export function sendFile<T>(
  url: string,
  file: Blob,
  token: string | null,
  onProgress: (p: Progress) => void,
  { writes = false, newXhr = () => new XMLHttpRequest() as Xhr }: { writes?: boolean; newXhr?: () => Xhr } = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = newXhr();
    let state: Progress = { phase: 'uploading', fraction: 0 };
    const set = (p: Progress) => onProgress((state = p));
    let seen = 0;
    /** The complete lines not read yet. */
    const lines = (): Record<string, unknown>[] => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < seen) return [];
      const fresh = text.slice(seen, end).split('\n').filter(Boolean);
      seen = end + 1;
      return fresh.map((l) => JSON.parse(l) as Record<string, unknown>);
    };
    let last: Record<string, unknown> | null = null;
    const read = () => {
      for (const l of lines()) {
        if (l.progress) set(afterEvent(state, l.progress as ServerEvent, writes));
        else last = l;
      }
    };
    xhr.open('POST', url);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/x-ndjson');
    set(state);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) set({ phase: 'uploading', fraction: e.loaded / e.total });
    };
    xhr.upload.onload = () => set({ phase: 'reading' });
    xhr.onprogress = () => {
      if (xhr.status === 200) read();
    };
    xhr.onload = () => {
      if (xhr.status !== 200) return reject(apiErrorOf(xhr.status, xhr.responseText));
      try {
        read();
      } catch {
        return reject(new ApiError('Bad answer', { code: 'INTERNAL_SERVER_ERROR' }));
      }
      const end = last as ({ result?: T; status?: number } & ErrorBody) | null;
      if (end && 'result' in end) {
        set({ phase: 'done' });
        resolve(end.result as T);
      } else reject(apiErrorOf(end?.status ?? 500, end ?? ''));
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

/** Fetches a file as the signed-in staff member and hands it to the browser to save. */
export async function downloadFile(url: string, token: string | null, fallback: string): Promise<void> {
  const { blob, filename } = await fetchFile(url, token, fallback);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
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
  ...RULE_PROBLEMS,
  'DUPLICATE_IN_FILE',
  'PHONE_CONFLICT',
  'HEADER_MISSING',
  'TOO_MANY_ROWS',
  'FILE_UNREADABLE',
  'YES_NO_FORMAT',
  'RESIDENT_UNKNOWN',
] as const;
