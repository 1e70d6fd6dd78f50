import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { elderAudit, elderFindings, type Finding } from './elder-rules.js';

// The audit of tests/elder-rules.ts on pages made to break each rule, and on one that keeps them
// all: an audit that cannot fail would pass every kiosk page whatever it showed.

const good = `
  <main style="font: 28px sans-serif; color: #1a1a1a; background: #fff">
    <h1 style="font-size: 40px">Big and clear</h1>
    <p>Body text at 28 px, near black on white.</p>
    <button style="width: 200px; height: 80px; font-size: 28px; color: #fff; background: #0a4f96; border: 0">Go</button>
    <a href="#x" style="display: inline-block; min-width: 120px; min-height: 64px; font-size: 28px; color: #0a4f96">Link</a>
    <span style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)">read aloud only</span>
    <a href="#y" data-elder-exempt="a caption, not a target" style="font-size: 24px; color: #0a4f96">Small caption link</a>
  </main>`;

const bad = `
  <main style="font: 28px sans-serif; color: #1a1a1a; background: #fff">
    <button id="tiny" style="width: 30px; height: 30px; font-size: 24px">x</button>
    <p id="small" style="font-size: 16px">Small print</p>
    <p id="grey" style="font-size: 28px; color: #bbbbbb">Grey on white</p>
  </main>`;

describe('the elder-rules audit', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  async function pageWith(html: string, lang: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    await page.setContent(
      `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${html}</body></html>`,
    );
    return page;
  }

  const summary = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.element}`);

  it('passes a page that keeps every rule', async () => {
    const page = await pageWith(good, 'en');
    const { findings, checked } = await elderAudit(page, 'en');
    expect(findings).toEqual([]);
    // The button and the link (the exempt caption is no target); five texts (not the hidden span).
    expect(checked).toEqual({ targets: 2, texts: 5, smallestTarget: 64, smallestText: 24 });
  });

  it('catches a small button, small text, grey-on-white text and a wrong lang, naming each', async () => {
    const page = await pageWith(bad, 'en');
    const findings = await elderFindings(page, 'zh-CN');
    expect(summary(findings)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^target-size .*button#tiny/),
        expect.stringMatching(/^text-size .*p#small/),
        expect.stringMatching(/^color-contrast .*#grey/),
        'lang html',
      ]),
    );
    const tiny = findings.find((f) => f.rule === 'target-size')!;
    expect(tiny).toMatchObject({ text: 'x', detail: expect.stringContaining('30×30') });
    expect(findings.find((f) => f.rule === 'text-size')).toMatchObject({ text: 'Small print' });
  });

  it('catches a page without a language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html><head><title>t</title></head><body><p style="font-size:30px">hi</p></body></html>',
    );
    expect(summary(await elderFindings(page, 'en'))).toEqual(
      expect.arrayContaining(['html-has-lang html', 'lang html']),
    );
  });
});
