import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import './drivers.js';
import { useBrowserPlatform, type Platform } from './platform-app.js';

/**
 * Sound on the service-corner screen after a power cut, in real Chromium, launched both ways.
 *
 * What Chromium does (seen with Debian's chromium 156): without
 * `--autoplay-policy=no-user-gesture-required` a new AudioContext starts 'suspended' and stays
 * so until a user gesture, and speechSynthesis.speak() is refused too (the utterance's error is
 * 'not-allowed'; the screen reports 'blocked'). With the flag the AudioContext starts 'running'
 * and speech is passed to the speech engine at once; on this machine, which has none, it then
 * fails with 'synthesis-failed' (the screen reports 'failed'): a device needs a speech engine
 * with a Chinese voice to speak calls (README).
 *
 * Playwright's own page queries (locators, evaluate) run as a user gesture, which would unlock
 * the sound by themselves; so these tests read the page through a plain DevTools
 * `Runtime.evaluate` (no gesture), polling until the page reaches the state checked. No fixed
 * waits.
 */

const KIOSK_FLAG = '--autoplay-policy=no-user-gesture-required';

/** Where screenshots go when asked for (SCREEN_SHOTS=/tmp/screen-shots); a screenshot is no gesture. */
const SHOTS = process.env.SCREEN_SHOTS;

interface ScreenSound {
  heading: string | null;
  sound: string | null;
  speech: string | null;
  warning: string | null;
  /** The warning's box: bottom edge and width (px). */
  bottom: number;
  width: number;
}

/** The corner screen opened with no user gesture at all, and a way to read its state without one. */
async function openUntouched(browser: Browser, platform: Platform, query = '') {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(`${platform.url}/screens/service-corner${query}#device=${platform.demoDevices.serviceScreenToken}`);
  const cdp = await context.newCDPSession(page);
  const read = async (): Promise<ScreenSound> => {
    const { result } = await cdp.send('Runtime.evaluate', {
      returnByValue: true,
      expression: `(() => {
        const screen = document.querySelector('[data-sound]');
        const warning = document.querySelector('[data-testid="sound-off"]');
        const box = warning?.getBoundingClientRect();
        return {
          heading: document.querySelector('h1')?.textContent ?? null,
          sound: screen?.getAttribute('data-sound') ?? null,
          speech: screen?.getAttribute('data-speech') ?? null,
          warning: warning?.textContent ?? null,
          bottom: box?.bottom ?? 0,
          width: box?.width ?? 0,
        };
      })()`,
    });
    return result.value as ScreenSound;
  };
  return { page, read };
}

/** Until the screen has its sound state and the answer to its silent test utterance. */
async function settled(read: () => Promise<ScreenSound>): Promise<ScreenSound> {
  await expect.poll(async () => (await read()).speech).toMatch(/^(ok|failed|blocked|none)$/);
  return read();
}

describe('service-corner screen sound', () => {
  // This describe's browser starts as a desktop Chromium does by default: no autoplay flag.
  const e2e = useBrowserPlatform();

  it(`started with ${KIOSK_FLAG}: allowed to chime and speak at once after load, no warning`, async () => {
    const browser = await launchBrowser([KIOSK_FLAG]);
    try {
      const { read } = await openUntouched(browser, e2e.platform);
      const state = await settled(read);
      expect(state.sound).toBe('on'); // the AudioContext is 'running' with no gesture
      expect(state.speech).not.toBe('blocked');
      expect(state.warning).toBeNull();
    } finally {
      await browser.close();
    }
  });

  it('without the flag: says in Chinese that sound is off until a touch and how to start the device; a touch turns it on', async () => {
    const { page, read } = await openUntouched(e2e.browser, e2e.platform);
    await expect.poll(async () => (await read()).warning).toBeTruthy();
    const state = await settled(read);
    expect(state.sound).toBe('off'); // the AudioContext is 'suspended' until a gesture
    expect(state.speech).toBe('blocked'); // and speak() answers 'not-allowed'
    expect(state.warning).toContain('叫号声音未开启');
    expect(state.warning).toContain('轻触屏幕');
    expect(state.warning).toContain(KIOSK_FLAG);
    expect(state.warning).toContain('README');
    // On the screen, and wide enough to be read from across the room.
    expect(state.bottom).toBeLessThanOrEqual(1080);
    expect(state.width).toBeGreaterThan(800);

    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, 'corner-sound-off.png') });
    }

    // A touch (a real input event, a user gesture) lets both sound.
    await page.mouse.click(960, 600);
    await expect.poll(async () => (await read()).sound).toBe('on');
    await expect.poll(async () => (await read()).speech).toMatch(/^(ok|failed)$/);
    expect((await read()).warning).toBeNull();
  });

  it('without the flag, in English (?lang=en): the same warning', async () => {
    const { read } = await openUntouched(e2e.browser, e2e.platform, '?lang=en');
    await expect.poll(async () => (await read()).warning).toBeTruthy();
    const state = await settled(read);
    expect(state.heading).toBe('Service corner');
    expect(state.sound).toBe('off');
    expect(state.speech).toBe('blocked');
    expect(state.warning).toContain('Sound is off: touch the screen');
    expect(state.warning).toContain(KIOSK_FLAG);
    expect(state.warning).toContain('README');
  });
});
