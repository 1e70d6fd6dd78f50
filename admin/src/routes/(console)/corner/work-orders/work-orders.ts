import { fieldErrors, todayInShanghai, type Translate } from '@linli/ui';

/** Days a new work order gets by default. */
export const DUE_IN_DAYS = 3;

/** Today + `days` in Asia/Shanghai, YYYY-MM-DD (for the due-date input). */
export function dueDateIn(days: number, now = Date.now()): string {
  return todayInShanghai(new Date(now + days * 86_400_000));
}

/**
 * BAD_USER_INPUT's fields as sentences, from `workOrders.validation.<field>.<constraint>`
 * (the work-order strings live together under "workOrders"), else the console's generic ones.
 */
export function workOrderFieldErrors(err: unknown, t: Translate): Record<string, string> {
  return fieldErrors(err, 'workOrder', (key, options) =>
    t(key.startsWith('validation.workOrder.') ? `workOrders.${key.replace('.workOrder', '')}` : key, options),
  );
}
