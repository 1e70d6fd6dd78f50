/**
 * A suggestion as the resident makes it, step by step (category → title → details → confirm), and
 * what the API will refuse said before sending: the same limits as SubmitSuggestionInput (a title
 * of 2–40 characters that is not only spaces, details up to 1,000).
 */
import { CATEGORIES } from './words';

export const TITLE_MIN = 2;
export const TITLE_MAX = 40;
export const DETAILS_MAX = 1000;

export interface Draft {
  category: string | null;
  title: string;
  details: string;
}

/** What is wrong with a draft, as locale keys (empty: it can be sent). */
export type Problem =
  | 'deliberation.form.noCategory'
  | 'deliberation.form.noTitle'
  | 'deliberation.form.titleShort'
  | 'deliberation.form.titleLong'
  | 'deliberation.form.detailsLong';

/** Characters as a person counts them (an emoji or a rare character is one). */
export function charCount(s: string): number {
  return Array.from(s).length;
}

export function titleProblem(title: string): Problem | null {
  const t = title.trim();
  if (!t) return 'deliberation.form.noTitle';
  if (charCount(t) < TITLE_MIN) return 'deliberation.form.titleShort';
  if (charCount(t) > TITLE_MAX) return 'deliberation.form.titleLong';
  return null;
}

export function draftProblems(d: Draft): Problem[] {
  const found: Problem[] = [];
  if (!d.category || !(CATEGORIES as readonly string[]).includes(d.category))
    found.push('deliberation.form.noCategory');
  const title = titleProblem(d.title);
  if (title) found.push(title);
  if (charCount(d.details.trim()) > DETAILS_MAX) found.push('deliberation.form.detailsLong');
  return found;
}

/** The steps of the form, in order; `done` shows the reference number. */
export const STEPS = ['category', 'title', 'confirm', 'done'] as const;
export type Step = (typeof STEPS)[number];

/**
 * One confirmation, one suggestion: the key is made when the confirm page opens, and every send
 * from it (a double tap, a tap again after a network error) carries the same key, so the API
 * answers the first suggestion again. Going back to change anything takes a new key.
 */
export class SubmitOnce<R> {
  #key: string | null = null;
  #sending: Promise<R> | null = null;

  constructor(private readonly newKey: () => string) {}

  /** The confirm page opened: a key of its own. */
  open(): string {
    this.#key = this.newKey();
    this.#sending = null;
    return this.#key;
  }

  /** Back to change something: the key goes with the confirmation. */
  leave(): void {
    this.#key = null;
    this.#sending = null;
  }

  get key(): string | null {
    return this.#key;
  }

  /**
   * Sends with the confirmation's key; a tap while one is on its way gets the same answer (one
   * request). On failure the key stays, so a retry cannot make a second suggestion.
   */
  send(send: (key: string) => Promise<R>): Promise<R> {
    if (!this.#key) this.open();
    if (this.#sending) return this.#sending;
    const p = send(this.#key!).finally(() => {
      if (this.#sending === p) this.#sending = null;
    });
    this.#sending = p;
    return p;
  }
}
