/**
 * The desk view's keyboard: which key asks for what, and how presses made while the desk
 * is still busy (an action on its way, the line loading) wait their turn instead of being lost.
 */

/** What a key (or a keyboard press of a button) at the desk asks for. */
export type Action = 'call' | 'number' | 'recall' | 'start' | 'complete' | 'workOrder' | 'noShow';

/** N 叫号 · G 叫指定号 · R 重呼 · S 开始服务 · C 完成 · W 转维修工单 · X 过号 */
export const KEYS: Readonly<Record<string, Action>> = {
  n: 'call',
  g: 'number',
  r: 'recall',
  s: 'start',
  c: 'complete',
  w: 'workOrder',
  x: 'noShow',
};

/** A press waiting for the desk to settle; `from` is where the focus was when it was made. */
export type Pending =
  | { action: Exclude<Action, 'number'>; from: Element | null }
  /** Enter in 叫指定号: the number as it was typed then. */
  | { action: 'callNumber'; text: string; from: Element | null };

/** At most this many presses wait; more are refused (someone leaning on the keyboard). */
export const PENDING_LIMIT = 5;

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'isComposing'>;

/**
 * The action a key press asks for, or null: with a modifier, a held key's repeats, while an
 * input method composes, or when typed into a field (`inField`).
 */
export function shortcutFor(event: KeyLike, inField: boolean): Action | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || event.isComposing || inField) return null;
  // The physical key too, so an input method or another layout does not get in the way.
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.code.replace(/^Key/, '').toLowerCase();
  return KEYS[key] ?? null;
}

/** The queue with `press` added at the end, or null when it is full (the press is refused). */
export function enqueue(queue: readonly Pending[], press: Pending, limit = PENDING_LIMIT): Pending[] | null {
  return queue.length >= limit ? null : [...queue, press];
}

/**
 * After an action the focus goes where the next step is, but only if the person has not put it
 * somewhere else meanwhile (e.g. G into 叫指定号 while the previous action was on its way): it is
 * still where it was when they pressed (`from`), or nowhere (the page, or a button that became
 * disabled).
 */
export function mayMoveFocus(active: Element | null, from: Element | null, body: Element | null): boolean {
  return !active || active === body || active === from;
}

/** How a waiting press is shown: its key (N, C, …) or the number typed. */
export function pendingLabel(press: Pending): string {
  if (press.action === 'callNumber') return press.text.trim().toUpperCase();
  return Object.keys(KEYS)
    .find((k) => KEYS[k] === press.action)!
    .toUpperCase();
}
