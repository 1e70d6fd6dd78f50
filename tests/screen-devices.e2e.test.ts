import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { staffHeaders } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/**
 * Screens as devices: a screen never paired says how to pair it (the link `npm start` prints,
 * or a screen registered on the console's Devices page and its pairing code typed here), in both
 * languages, and pairs by that code; the kiosk and the console bring their own icon, so no
 * browser asks for a missing /favicon.ico.
 */

describe('screen devices', () => {
  const e2e = useBrowserPlatform();

  async function openUnpaired(address: string, locale = 'zh-CN'): Promise<Page> {
    const context = await e2e.browser.newContext({ locale, viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${e2e.platform.url}${address}`);
    return page;
  }

  it('an unpaired service-corner screen says how to pair, and pairs with a code from the console', async () => {
    const page = await openUnpaired('/screens/service-corner');
    const pairing = page.getByRole('region', { name: '这块屏幕还没有配对' });
    await pairing.waitFor();
    const text = (await pairing.textContent()) ?? '';
    expect(text).toContain('npm start');
    expect(text).toContain('#device=');
    expect(text).toContain('/admin/devices');
    expect(text).toContain(`${e2e.platform.url}/screens/service-corner#device=`);
    if (process.env.SCREEN_SHOTS) {
      mkdirSync(process.env.SCREEN_SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(process.env.SCREEN_SHOTS, 'corner-unpaired.png') });
    }

    // Registered on the console (as an admin would), then paired here with its code.
    const admin = await staffHeaders(e2e.platform, 'admin');
    const { registerDevice } = await e2e.platform.gql<{ registerDevice: { pairingCode: string } }>(
      'mutation { registerDevice(input: { kind: SCREEN, name: "服务角电视", location: "便民服务角" }) { pairingCode } }',
      {},
      admin,
    );
    await pairing.getByLabel('配对码').fill(registerDevice.pairingCode);
    await pairing.getByRole('button', { name: '配对' }).click();
    // Reloaded, paired: the board (open or closed), with the token kept in this browser.
    await page.locator('[data-sound]').waitFor({ state: 'attached' });
    await page.getByRole('region', { name: '这块屏幕还没有配对' }).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => localStorage.getItem('linli.device.service-corner'))).toBeTruthy();
  });

  it('the meeting-room screen says the same, and in English with ?lang=en', async () => {
    const zh = await openUnpaired('/screens/meeting-room');
    await zh
      .getByRole('region', { name: '这块屏幕还没有配对' })
      .getByText('/admin/devices', { exact: false })
      .waitFor();
    const en = await openUnpaired('/screens/meeting-room?lang=en', 'en-US');
    const pairing = en.getByRole('region', { name: 'This screen is not paired yet' });
    await pairing.waitFor();
    const text = (await pairing.textContent()) ?? '';
    expect(text).toContain('npm start');
    expect(text).toContain('Devices page (/admin/devices)');
    expect(text).toContain('/screens/meeting-room?lang=en#device=');
  });

  it('the kiosk and the console link their own SVG icon, which the server serves; nothing asks for /favicon.ico', async () => {
    for (const [address, icon] of [
      ['/', '/favicon.svg'],
      ['/admin/', '/admin/favicon.svg'],
    ]) {
      const res = await fetch(`${e2e.platform.url}${icon}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('image/svg+xml');
      expect(await res.text()).toContain('<svg');

      const page = await openUnpaired(address);
      const asked: string[] = [];
      page.on('request', (r) => asked.push(new URL(r.url()).pathname));
      await page.reload();
      await page.locator('link[rel="icon"]').waitFor({ state: 'attached' });
      const href = (await page.locator('link[rel="icon"]').getAttribute('href')) ?? '';
      expect(new URL(href, page.url()).pathname).toBe(icon);
      await page.waitForLoadState('load');
      expect(asked).not.toContain('/favicon.ico');
    }
  });
});
