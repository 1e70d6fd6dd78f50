import type { Context } from '../../platform/context.js';
import { badInput } from '../../platform/errors.js';
import { rows } from '../../platform/sql.js';
import { EARNING, today } from './points.service.js';
import { MONTHLY } from './points.sql.js';
import { startOfDay } from './points.time.js';
import type { MonthPoints } from './points.types.js';

/** The months from `months - 1` ago to this one, YYYY-MM. */
export function monthsBack(day: string, months: number): string[] {
  const [y, m] = day.split('-').map(Number);
  return Array.from({ length: months }, (_, i) => {
    const index = y * 12 + (m - 1) - (months - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

export const MonthlyService = {
  /** Every month of the span, empty ones too (a chart's axis has no gaps). */
  async months(ctx: Context, months: number): Promise<MonthPoints[]> {
    if (!Number.isInteger(months) || months < 1 || months > 36) {
      throw badInput('Months must be 1 to 36', { months: ['range'] });
    }
    const span = monthsBack(today(ctx), months);
    const found = await rows(ctx.em, MONTHLY, {
      from: startOfDay(`${span[0]}-01`).toISOString(),
      earning: JSON.stringify(EARNING),
    });
    const by = new Map(found.map((r) => [r.month, r]));
    return span.map((month) => ({
      month,
      earned: Number(by.get(month)?.earned ?? 0),
      redeemed: Number(by.get(month)?.redeemed ?? 0),
    }));
  },
};
