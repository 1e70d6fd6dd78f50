import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kioskToCorner, kioskToMine, openConsole, openCornerScreen, openKiosk, signInOnKiosk } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/**
 * The fonts Chromium drew `selector`'s text with, as it reports them (CDP
 * CSS.getPlatformFontsForNode): the web font or whatever the machine has. Only the text of the
 * element itself (its first text node), once the font it asked for has loaded.
 */
async function fontsOf(page: Page, selector: string): Promise<Array<{ familyName: string; isCustomFont: boolean }>> {
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    expect(nodeId, selector).toBeGreaterThan(0);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}

/**
 * Every glyph of `selector` came from the apps' own font, the web font @linli/ui brings (Chromium
 * names it by the font file's own name, e.g. "Noto Sans SC Thin" for the variable font's first
 * instance): none from a system font, none missing.
 */
async function expectWebFont(page: Page, selector: string): Promise<void> {
  await expect
    .poll(async () =>
      (await fontsOf(page, selector)).map((f) => ({
        web: f.isCustomFont,
        noto: f.familyName.startsWith('Noto Sans SC'),
      })),
    )
    .toEqual([{ web: true, noto: true }]);
}

// Emoji and the pictographs used as icons before (⚠ ✓ ✎ ← → ➜ 📅 🔊 ⌂ ☺ ▦ ✉ ☷ ▣ ‹ › ● …): each
// device draws them its own way, or not at all.
const PICTOGRAPH =
  /[\p{Extended_Pictographic}\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2b00-\u2bff\u2039\u203a]|\ufe0f/u;

/** The page's words hold no pictograph; its icons are SVG, hidden from screen readers (the words beside them say it). */
async function expectSvgIcons(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  expect(text.match(PICTOGRAPH)?.[0], page.url()).toBeUndefined();
  const icons = page.locator('svg.lucide');
  expect(await icons.count(), page.url()).toBeGreaterThan(0);
  for (const hidden of await icons.evaluateAll((all) => all.map((svg) => svg.getAttribute('aria-hidden'))))
    expect(hidden, page.url()).toBe('true');
}

describe('the lobby on any device: its own font, SVG icons, compressed and cached files', () => {
  const e2e = useBrowserPlatform((platform) => platform.openCornerNow());

  it('the kiosk comes brotli-compressed, its hashed files cached for a year, its page revalidated', async () => {
    const { platform } = e2e;
    const context = await e2e.browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(`${platform.url}/#device=${platform.demoDevices.kioskToken}`);
    await page.getByRole('link', { name: /楼栋通知/ }).waitFor();
    await page.evaluate(() => document.fonts.ready);

    const html = responses.find((r) => r.request().resourceType() === 'document')!;
    expect(html.headers()['content-encoding']).toBe('br');
    expect(html.headers()['cache-control']).toBe('no-cache');
    const code = responses.filter((r) => ['script', 'stylesheet'].includes(r.request().resourceType()));
    expect(code.length).toBeGreaterThan(5);
    const fonts = responses.filter((r) => r.request().resourceType() === 'font');
    expect(fonts.length).toBeGreaterThan(0);
    for (const r of [...code, ...fonts]) {
      const { pathname } = new URL(r.url());
      expect(pathname).toMatch(/^\/_app\/immutable\//);
      expect(r.headers()['cache-control'], pathname).toBe('public, max-age=31536000, immutable');
      // Fonts (woff2) are compressed already; scripts and stylesheets go out as brotli.
      if (!pathname.endsWith('.woff2')) {
        expect(r.headers()['content-encoding'], pathname).toBe('br');
        expect(r.headers().vary, pathname).toMatch(/accept-encoding/i);
      }
    }
  });

  it('the kiosk draws its Chinese with the web font and its icons as SVG, signed out and in', async () => {
    const page = await openKiosk(e2e);
    await expectWebFont(page, 'main h1');
    await expectSvgIcons(page);

    await signInOnKiosk(page);
    await page.getByRole('heading', { name: '1号楼的通知' }).waitFor();
    await kioskToCorner(page);
    await expectWebFont(page, 'main h1');
    await expectSvgIcons(page);
    // The booking link's icon is decorative: its name is the words.
    await page.getByRole('link', { name: '预约修锁配钥匙' }).waitFor();

    await kioskToMine(page);
    await expectSvgIcons(page);
  });

  it('the console and the service-corner screen draw theirs with it too', async () => {
    const admin = await openConsole(e2e);
    await expectWebFont(admin, 'main h1');
    await expectSvgIcons(admin);
    // The month's arrows are icons only: each button keeps its name.
    await admin.goto(`${e2e.platform.url}/admin/corner/setup`);
    await admin.getByRole('button', { name: '上个月' }).waitFor();
    await admin.getByRole('button', { name: '下个月' }).waitFor();

    const screen = await openCornerScreen(e2e);
    await expectWebFont(screen, 'header h1');
    await expectSvgIcons(screen);
  });
});
