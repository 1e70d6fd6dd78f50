/**
 * Printing one sheet of the page (the PIN set-up slip, the resident card): the sheet is moved
 * to the end of <body>, and while the browser prints, `body[data-print]` names it, so the print
 * CSS (PrintSheet.svelte) hides everything else. Nothing else of the console prints.
 */

export type SheetKind = 'slip' | 'card';

/** Svelte action: the node lives directly under <body> (out of the console's layout). */
export function portal(node: HTMLElement): { destroy(): void } {
  document.body.appendChild(node);
  return { destroy: () => node.remove() };
}

/** Prints the sheet of this kind; the mark goes once the print dialog closes. */
export function printSheet(kind: SheetKind, win: Pick<Window, 'print' | 'addEventListener'> = window): void {
  document.body.dataset.print = kind;
  const done = () => {
    if (document.body.dataset.print === kind) delete document.body.dataset.print;
  };
  win.addEventListener('afterprint', done, { once: true });
  win.print();
}
