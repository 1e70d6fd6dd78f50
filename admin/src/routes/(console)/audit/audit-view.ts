import type { Translate } from '@linli/ui';

/**
 * The audit log page's logic: which filters the address holds, and each line's detail in
 * words. The detail is counts, field names and flags — never personal data.
 */

export const AUDIT_ACTIONS = [
  'RESIDENT_VIEWED',
  'RESIDENT_CREATED',
  'RESIDENT_EDITED',
  'RESIDENT_MOVED_AWAY',
  'RESIDENT_ERASED',
  'ROSTER_IMPORTED',
  'RESIDENTS_EXPORTED',
  'PIN_SETUP_CODE_ISSUED',
  'PIN_LOCK_LIFTED',
  'CARD_ISSUED',
  'CARD_REVOKED',
  'STAFF_CREATED',
  'STAFF_ROLE_CHANGED',
  'STAFF_DEACTIVATED',
  'STAFF_REACTIVATED',
  'STAFF_PASSWORD_RESET',
] as const;

export interface AuditFilters {
  action: string | null;
  residentId: string | null;
  staffId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters an address asks for; anything malformed is ignored rather than sent. */
export function filtersFrom(params: URLSearchParams, known: readonly string[] = AUDIT_ACTIONS): AuditFilters {
  const id = (key: string) => {
    const v = params.get(key);
    return v && UUID.test(v) ? v : null;
  };
  const action = params.get('action');
  return { action: action && known.includes(action) ? action : null, residentId: id('resident'), staffId: id('staff') };
}

/** The query string of the page with `filters` (for a filter link or the action select), without `?`. */
export function queryOf(filters: AuditFilters): string {
  const p = new URLSearchParams();
  if (filters.action) p.set('action', filters.action);
  if (filters.residentId) p.set('resident', filters.residentId);
  if (filters.staffId) p.set('staff', filters.staffId);
  return p.toString();
}

/** A line's detail in words (the field names changed, a card replaced, an import's counts…). */
export function detailText(action: string, detail: string | null, t: Translate): string {
  if (!detail) return '';
  let d: Record<string, unknown>;
  try {
    d = JSON.parse(detail) as Record<string, unknown>;
  } catch {
    return '';
  }
  if (!d || typeof d !== 'object') return '';
  const parts: string[] = [];
  if (Array.isArray(d.changed)) {
    const fields = d.changed.map((f) => t(`audit.field.${String(f)}`)).join(t('audit.listSeparator'));
    parts.push(t('audit.detail.changed', { values: { fields } }));
  }
  if (d.replaced === true) parts.push(t('audit.detail.replaced'));
  if (d.replaced === false) parts.push(t('audit.detail.firstCard'));
  if (d.wasLocked === true) parts.push(t('audit.detail.wasLocked'));
  if (d.wasLocked === false) parts.push(t('audit.detail.wasNotLocked'));
  // A staff-account action names the account (and its role), never a password.
  if (action.startsWith('STAFF_') && typeof d.username === 'string')
    parts.push(t('audit.detail.account', { values: { username: d.username } }));
  if (action.startsWith('STAFF_') && typeof d.role === 'string')
    parts.push(t('audit.detail.role', { values: { role: t(`roles.${d.role}`) } }));
  for (const key of ['created', 'updated', 'unchanged', 'rows', 'count']) {
    if (typeof d[key] === 'number') parts.push(t(`audit.detail.${key}`, { values: { n: d[key] as number } }));
  }
  return parts.join(t('audit.listSeparator'));
}
