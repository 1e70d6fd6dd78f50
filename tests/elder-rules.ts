import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * The kiosk's elder rules, checked on whatever a page shows now (issue 9):
 *
 * - every visible tap target (a, button, input, textarea, select, and the roles button, switch,
 *   tab, checkbox, link) is at least 60×60 CSS px;
 * - every visible piece of text is set at 24 px or more;
 * - colour contrast (WCAG AA) and the document's language, by axe-core's own rules
 *   (`color-contrast`, `html-has-lang`, `html-lang-valid`, `valid-lang`), so the maths is a
 *   maintained library's, not ours;
 * - `<html lang>` names the locale on screen.
 *
 * Each finding names the element (a short CSS path), its text and its size, so a failure says
 * what to fix. `tests/elder-rules-audit.e2e.test.ts` proves the audit catches a bad page.
 */

export const MIN_TARGET_PX = 60;
export const MIN_TEXT_PX = 24;

/** What counts as a tap target. */
export const TARGET_SELECTOR =
  'a[href], button, input:not([type=hidden]), textarea, select, [role=button], [role=switch], [role=tab], [role=checkbox], [role=link]';

/**
 * Documented exceptions: elements that are visible but are not tap targets. Each carries
 * `data-elder-exempt="<why>"` in the page's markup, so the reason sits beside the element and
 * shows in review. Nothing is exempt by selector here.
 */
export const EXEMPT_ATTRIBUTE = 'data-elder-exempt';

/** The axe-core rules run (nothing else of axe: the other rules are not this audit's business). */
export const AXE_RULES = ['color-contrast', 'html-has-lang', 'html-lang-valid', 'valid-lang'] as const;

export interface Finding {
  rule: 'target-size' | 'text-size' | 'lang' | (typeof AXE_RULES)[number];
  /** A CSS path to the element (or the axe target). */
  element: string;
  text: string;
  detail: string;
}

const require = createRequire(import.meta.url);
const axeSource = (require('axe-core') as { source: string }).source;

interface AxeResult {
  violations: Array<{
    id: string;
    nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }>;
  }>;
}

/** What an audit looked at: how many targets and pieces of text, and the smallest of each. */
export interface Checked {
  targets: number;
  texts: number;
  /** The smallest target's shorter side and the smallest text, in px (Infinity: none). */
  smallestTarget: number;
  smallestText: number;
}

/** The sizes of targets and text, measured in the page. */
async function measure(page: Page): Promise<{ findings: Finding[]; checked: Checked }> {
  return page.evaluate(
    ({ selector, minTarget, minText, exempt }) => {
      const findings: Array<{ rule: 'target-size' | 'text-size'; element: string; text: string; detail: string }> = [];
      const path = (el: Element): string => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
          let part = e.tagName.toLowerCase();
          if (e.id) part += `#${e.id}`;
          const cls = Array.from(e.classList)
            .filter((c) => !c.startsWith('svelte-'))
            .slice(0, 2);
          if (cls.length) part += `.${cls.join('.')}`;
          parts.unshift(part);
        }
        return parts.join(' > ');
      };
      const shown = (el: Element): boolean => {
        if (!(el instanceof HTMLElement || el instanceof SVGElement)) return false;
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      const words = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const checked = { targets: 0, texts: 0, smallestTarget: Infinity, smallestText: Infinity };

      for (const el of Array.from(document.querySelectorAll(selector))) {
        if (!shown(el) || el.closest(`[${exempt}]`)) continue;
        const r = el.getBoundingClientRect();
        checked.targets++;
        checked.smallestTarget = Math.min(checked.smallestTarget, Math.round(Math.min(r.width, r.height)));
        if (r.width + 0.5 < minTarget || r.height + 0.5 < minTarget) {
          findings.push({
            rule: 'target-size',
            element: path(el),
            text: words(el.textContent) || words(el.getAttribute('aria-label')),
            detail: `${Math.round(r.width)}×${Math.round(r.height)} px, under ${minTarget}×${minTarget}`,
          });
        }
      }

      // Every text node with letters in it, at its parent's computed size; one finding per element.
      const seen = new Set<Element>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || seen.has(el) || !words(node.textContent)) continue;
        if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
        if (!shown(el)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        // Visually hidden text (screen-reader only: clipped to a pixel) is not seen.
        if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).clip === 'rect(0px, 0px, 0px, 0px)') continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        checked.texts++;
        checked.smallestText = Math.min(checked.smallestText, size);
        if (size + 0.01 < minText) {
          seen.add(el);
          findings.push({
            rule: 'text-size',
            element: path(el),
            text: words(node.textContent),
            detail: `${size} px text, under ${minText}`,
          });
        }
      }
      return { findings, checked };
    },
    { selector: TARGET_SELECTOR, minTarget: MIN_TARGET_PX, minText: MIN_TEXT_PX, exempt: EXEMPT_ATTRIBUTE },
  );
}

/** axe-core's contrast and language rules, on the page as it is. */
async function axe(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(
    (rules) =>
      (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'rule', values: rules },
        resultTypes: ['violations'],
      }),
    [...AXE_RULES],
  );
  const { violations } = result as AxeResult;
  return violations.flatMap((v) =>
    v.nodes.map((n) => ({
      rule: v.id as Finding['rule'],
      element: n.target.map(String).join(' '),
      text: n.html.replace(/\s+/g, ' ').slice(0, 120),
      detail: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

/**
 * Every elder-rule finding on the page as it is now (none: the page passes). `lang` is the
 * locale the page shows, which `<html lang>` must name.
 */
export async function elderFindings(page: Page, lang: string): Promise<Finding[]> {
  return (await elderAudit(page, lang)).findings;
}

/** The findings, with what was looked at (a page with nothing to check is a walk gone wrong). */
export async function elderAudit(page: Page, lang: string): Promise<{ findings: Finding[]; checked: Checked }> {
  const measured = await measure(page);
  const findings = [...measured.findings, ...(await axe(page))];
  const htmlLang = await page.evaluate(() => document.documentElement.lang);
  if (htmlLang !== lang) {
    findings.push({ rule: 'lang', element: 'html', text: '', detail: `lang="${htmlLang}", the page shows ${lang}` });
  }
  return { findings, checked: measured.checked };
}

/** The findings as lines a person can act on. */
export function describeFindings(where: string, findings: readonly Finding[]): string {
  return [
    `${where}: ${findings.length} elder-rule violation(s)`,
    ...findings.map((f) => `  [${f.rule}] ${f.element} "${f.text}": ${f.detail}`),
  ].join('\n');
}
