/**
 * Fitting a name (an offering's, a few to a dozen Chinese characters or a longer English one)
 * to the box it is in: one line at a size close to the largest, else the largest font size,
 * within bounds, at which it takes at most a given number of lines (balanced by CSS
 * `text-wrap: balance`), neither it nor its box overflowing. Below the smallest size the name is
 * clamped with an ellipsis (CSS line-clamp), never cut mid-character.
 */

/**
 * The largest whole size in [min, max] for which `fits` holds, or `min` when none does.
 * `fits` must be monotone: if a size fits, every smaller one does.
 */
export function largestFitting(min: number, max: number, fits: (size: number) => boolean): number {
  let lo = Math.ceil(min);
  let hi = Math.floor(max);
  if (hi < lo || !fits(lo)) return lo;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Below this share of the largest size, a name goes onto more lines rather than shrink on one. */
export const ONE_LINE_SHARE = 0.75;

/**
 * The size for a name: on one line if that allows at least ONE_LINE_SHARE of `max`, else the
 * largest size at which it takes at most `lines` lines (then `min`, clamped).
 */
export function chooseSize(
  min: number,
  max: number,
  lines: number,
  fitsIn: (size: number, lines: number) => boolean,
): { size: number; whole: boolean } {
  const one = largestFitting(min, max, (s) => fitsIn(s, 1));
  if (one >= Math.max(min, max * ONE_LINE_SHARE) && fitsIn(one, 1)) return { size: one, whole: true };
  const size = largestFitting(min, max, (s) => fitsIn(s, lines));
  return { size, whole: fitsIn(size, lines) };
}

/** How many lines a block of this height holds at this line height (rounding off sub-pixels). */
export function linesOf(height: number, lineHeight: number): number {
  return lineHeight > 0 ? Math.max(1, Math.round(height / lineHeight)) : 1;
}

export interface FitOptions {
  /** The name (re-fitted when it changes). */
  text: string;
  max: number;
  min: number;
  /** At most this many lines (default 2). */
  lines?: number;
  /** An ancestor whose own content must not overflow it either (the card). */
  box?: string;
}

/**
 * A Svelte action: sets the element's font size to the largest that fits (see above), again
 * when the element or its box changes size or a web font arrives. The element sets its
 * `line-height` as a plain number and carries the line clamp.
 */
export function fitText(node: HTMLElement, options: FitOptions) {
  let opts = options;
  const fits = (size: number, lines: number): boolean => {
    node.style.fontSize = `${size}px`;
    const lineHeight = parseFloat(getComputedStyle(node).lineHeight) || size * 1.2;
    if (linesOf(node.scrollHeight, lineHeight) > lines) return false;
    if (node.scrollWidth > node.clientWidth + 1) return false;
    const box = opts.box ? node.closest<HTMLElement>(opts.box) : null;
    return !box || box.scrollHeight <= box.clientHeight + 1;
  };
  const fit = () => {
    const { size, whole } = chooseSize(opts.min, opts.max, opts.lines ?? 2, fits);
    node.style.fontSize = `${size}px`;
    node.dataset.fitted = whole ? 'whole' : 'clamped';
  };

  let frame = 0;
  const later = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(fit);
  };
  const observer = new ResizeObserver(later);
  observer.observe(node.parentElement ?? node);
  const box = opts.box ? node.closest<HTMLElement>(opts.box) : null;
  if (box) observer.observe(box);
  document.fonts?.addEventListener('loadingdone', later);
  fit();

  return {
    update(next: FitOptions) {
      opts = next;
      fit();
    },
    destroy() {
      cancelAnimationFrame(frame);
      observer.disconnect();
      document.fonts?.removeEventListener('loadingdone', later);
    },
  };
}
