// TEMPORARY stand-in until the calendar (branch `delib-cal`, with chinese-days) lands: weekends only.
export type Counting = 'CALENDAR' | 'WORKING';
function add(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export function isWorkingDay(day: string): boolean {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6;
}
export function hasHolidayData(_year: number): boolean {
  return false;
}
export function nextWorkingDay(day: string): string {
  let d = day;
  while (!isWorkingDay(d)) d = add(d, 1);
  return d;
}
export function roundOf(day: string, cutoffDay = 5): string {
  const [y, m, d] = day.split('-').map(Number);
  if (d <= cutoffDay) return day.slice(0, 7);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
export function roundCutoff(round: string, cutoffDay = 5): string {
  return `${round}-${String(cutoffDay).padStart(2, '0')}`;
}
export function meetingDay(round: string, day = 15) {
  const plannedDay = `${round}-${String(day).padStart(2, '0')}`;
  const actual = nextWorkingDay(plannedDay);
  return { day: actual, plannedDay, moved: actual !== plannedDay, reason: actual !== plannedDay ? '周末' : null };
}
export function dueDay(from: string, days: number, counting: Counting): string {
  if (counting === 'CALENDAR') return add(from, days);
  let d = from;
  for (let n = 0; n < days;) {
    d = add(d, 1);
    if (isWorkingDay(d)) n++;
  }
  return d;
}
export function daysLeft(today: string, due: string, counting: Counting): number {
  const sign = due >= today ? 1 : -1;
  const [a, b] = sign > 0 ? [today, due] : [due, today];
  let n = 0;
  for (let d = a; d < b; d = add(d, 1)) if (counting === 'CALENDAR' || isWorkingDay(add(d, 1))) n++;
  return sign * n;
}
