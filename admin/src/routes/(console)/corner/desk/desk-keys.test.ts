import { describe, expect, it } from 'vitest';
import { PENDING_LIMIT, enqueue, mayMoveFocus, pendingLabel, shortcutFor, type Pending } from './desk-keys';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
  key: k,
  code: k.length === 1 ? `Key${k.toUpperCase()}` : k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  repeat: false,
  isComposing: false,
  ...extra,
});

describe('the desk keys', () => {
  it('map N G R S C W X, either case, and by the physical key under an input method', () => {
    expect(['n', 'G', 'r', 'S', 'c', 'w', 'X'].map((k) => shortcutFor(key(k), false))).toEqual([
      'call',
      'number',
      'recall',
      'start',
      'complete',
      'workOrder',
      'noShow',
    ]);
    expect(shortcutFor(key('Process', { code: 'KeyN' }), false)).toBe('call');
    expect(shortcutFor(key('q'), false)).toBeNull();
    expect(shortcutFor(key('Enter'), false)).toBeNull();
  });

  it('leave modified, repeated, composing and typed-in-a-field keys alone', () => {
    for (const extra of [
      { ctrlKey: true },
      { metaKey: true },
      { altKey: true },
      { repeat: true },
      { isComposing: true },
    ]) {
      expect(shortcutFor(key('n', extra), false)).toBeNull();
    }
    expect(shortcutFor(key('n'), true)).toBeNull();
  });
});

describe('presses waiting their turn', () => {
  const n: Pending = { action: 'call', from: null };

  it('queue in order up to the limit; one more is refused', () => {
    let queue: Pending[] = [];
    for (let i = 0; i < PENDING_LIMIT; i++) queue = enqueue(queue, n)!;
    expect(queue).toHaveLength(PENDING_LIMIT);
    expect(enqueue(queue, n)).toBeNull();
    expect(enqueue([n], { action: 'complete', from: null })!.map((p) => p.action)).toEqual(['call', 'complete']);
  });

  it('are shown by their key, or the number typed', () => {
    expect(pendingLabel(n)).toBe('N');
    expect(pendingLabel({ action: 'noShow', from: null })).toBe('X');
    expect(pendingLabel({ action: 'callNumber', text: ' a12 ', from: null })).toBe('A12');
  });
});

describe('moving the focus after an action', () => {
  const body = { id: 'body' } as unknown as Element;
  const button = { id: 'button' } as unknown as Element;
  const field = { id: 'field' } as unknown as Element;

  it('happens when the focus is where it was, or nowhere', () => {
    expect(mayMoveFocus(button, button, body)).toBe(true);
    expect(mayMoveFocus(body, button, body)).toBe(true);
    expect(mayMoveFocus(null, button, body)).toBe(true);
  });

  it('does not take it from where the person put it meanwhile', () => {
    expect(mayMoveFocus(field, body, body)).toBe(false);
    expect(mayMoveFocus(field, button, body)).toBe(false);
  });
});
