import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../api/src/modules/auth/index.js';
import { kioskHeaders, openConsole, openKiosk, signInOnKiosk } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

describe("a kiosk's budget of failed sign-ins, in Chromium", () => {
  const e2e = useBrowserPlatform();

  it('the kiosk says kindly that it must wait; the console shows the block and lifts it', async () => {
    const { platform } = e2e;
    // Someone walks the phone book at the demo kiosk until its budget is spent.
    for (let i = 0; i < BUDGETS.deviceSignIn.points; i++) {
      await expect(
        platform.gql(
          'mutation ($input: PinSignInInput!) { signInWithPin(input: $input) { token } }',
          { input: { phone: `199${String(i).padStart(8, '0')}`, pin: '123456' } },
          kioskHeaders(platform),
        ),
      ).rejects.toThrow('PHONE_UNKNOWN');
    }

    // The resident with the right PIN is asked to wait, in their language.
    const kiosk = await openKiosk(e2e);
    await signInOnKiosk(kiosk);
    await expect
      .poll(() => kiosk.getByRole('alert').textContent())
      .toBe('这台机器尝试次数太多，请 15 分钟后再试，或找工作人员帮忙');

    // The console's devices page shows the block; the admin lifts it.
    const admin = await openConsole(e2e);
    await admin.getByRole('link', { name: '设备', exact: true }).click();
    const row = admin.getByRole('row').filter({ hasText: '大堂自助机' });
    await row.getByText('已暂停登录').waitFor();
    expect(await row.textContent()).toMatch(/居民在 .* 前无法在本机登录/);
    await row.getByRole('button', { name: '解除暂停' }).click();
    await row.getByText('0 / 30 次').waitFor();
    expect(await row.getByRole('button', { name: '解除暂停' }).count()).toBe(0);

    // And the resident signs in (the kiosk, back on its home screen).
    const again = await openKiosk(e2e);
    await signInOnKiosk(again);
    await again.getByRole('heading', { name: '1号楼的通知' }).waitFor();
  });
});
