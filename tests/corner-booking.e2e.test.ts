import { describe, expect, it } from 'vitest';
import { kioskToCorner, kioskToMine, openKioskSignedIn } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

describe('booking the service corner on the kiosk', () => {
  const e2e = useBrowserPlatform((platform) => platform.closeCornerNow());

  it('a resident books a future opening, then checks in on the day and gets a ticket', async () => {
    const page = await openKioskSignedIn(e2e);
    await kioskToCorner(page);
    await page.getByText('现在没有排号和预约').waitFor();
    await kioskToMine(page);
    await page.getByText('您现在没有预约').waitFor();
    await page.getByRole('link', { name: /返回服务角/ }).click();

    // Step 1: an opening with places left; step 2: a common problem; step 3: confirm.
    await page.getByRole('link', { name: '预约修锁配钥匙' }).click();
    await page.waitForURL(/\/corner\/book\//);
    const opening = page.getByRole('button', { name: /还剩 8 个名额/ }).first();
    await opening.click();
    await page.getByRole('button', { name: '门锁打不开' }).click();
    expect(await page.getByRole('button', { name: '门锁打不开' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: /下一步/ }).click();
    let books = 0;
    page.on('request', (r) => {
      if (r.postData()?.includes('mutation BookOffering')) books++;
    });
    // Two taps in the same instant: one booking.
    await page.getByRole('button', { name: '确认预约' }).evaluate((b: HTMLElement) => {
      b.click();
      b.click();
    });
    await page.getByRole('heading', { name: /预约成功/ }).waitFor();
    await page.getByText(/来自助机签到取号/).waitFor();
    expect(await page.getByText('门锁打不开').count()).toBe(1);
    expect(books).toBe(1);

    // 我的预约 lists it: when, what, the problem, booked (check-in only on the day).
    await page.getByRole('link', { name: /查看我的预约/ }).click();
    const mine = page.locator('#my-bookings');
    await mine.getByText('修锁配钥匙').waitFor();
    await mine.getByText('门锁打不开').waitFor();
    await mine.getByText('已预约').waitFor();
    expect(await mine.getByRole('button', { name: '取消预约' }).count()).toBe(1);
    expect(await mine.getByRole('button', { name: '签到取号' }).count()).toBe(0);
    const bookedDay = await mine.locator('.booking-when').textContent();

    // Change it: another opening, one more common problem, then confirm.
    await mine.getByRole('link', { name: '修改 修锁配钥匙' }).click();
    await page.getByRole('heading', { name: '选一个时间' }).waitFor();
    expect(await page.getByRole('button', { name: /您现在约的/ }).count()).toBe(1);
    await page
      .getByRole('button', { name: /还剩 8 个名额/ })
      .first()
      .click();
    expect(await page.getByRole('button', { name: '门锁打不开' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: '配钥匙' }).click();
    await page.getByRole('button', { name: /下一步/ }).click();
    await page.getByRole('button', { name: '确认修改' }).click();
    await page.getByRole('heading', { name: /修改成功/ }).waitFor();
    await page.getByRole('link', { name: /查看我的预约/ }).click();
    await mine.getByText('门锁打不开；配钥匙').waitFor();
    expect(await mine.locator('.booking-when').textContent()).not.toBe(bookedDay);
    expect(await mine.locator('.booking').count()).toBe(1);

    // The day comes: its opening opens now.
    await e2e.platform.openBookedOpeningNow();
    await kioskToCorner(page);
    await page.getByText(/正在营业/).waitFor();
    await page.getByText('今天的预约可以签到了').waitFor();
    await kioskToMine(page);
    await mine.getByRole('button', { name: '签到取号' }).click();
    await page.waitForURL(/\/corner\/ticket\//);
    await page.getByText('A001').waitFor();
    await page.getByText('下一个就是您').waitFor();

    // Back on 我的排号和预约 the booking shows as checked in, with its number.
    await page.getByRole('link', { name: /返回服务角/ }).click();
    await kioskToMine(page);
    await mine.getByText('已签到').waitFor();
    expect(await mine.getByRole('link', { name: /查看号码 A001/ }).count()).toBe(1);
  });

  it('a problem none of the buttons names is written on the on-screen pinyin keys, only when asked for', async () => {
    const page = await openKioskSignedIn(e2e);
    await kioskToCorner(page);
    await page.getByRole('link', { name: '预约修锁配钥匙' }).click();
    await page
      .getByRole('button', { name: /还剩 \d+ 个名额/ })
      .first()
      .click();
    // The buttons come first; no text box, no keyboard until the resident asks for one.
    await page.getByRole('button', { name: '门锁打不开' }).waitFor();
    expect(await page.locator('textarea').count()).toBe(0);
    await page.getByText('不方便写也没关系').waitFor();
    await page.getByRole('button', { name: /都不是/ }).click();

    const sheet = page.getByRole('dialog', { name: '写几个字说明' });
    const key = (k: string) => sheet.getByRole('button', { name: k, exact: true });
    const spell = async (letters: string, char: string) => {
      for (const l of letters) await key(l).click();
      await key(char).click();
    };
    await key('m').click();
    // After "m" only letters that lead to a syllable can be tapped.
    expect(await key('q').isDisabled()).toBe(true);
    expect(await key('e').isDisabled()).toBe(false);
    await key('e').click();
    await key('n').click();
    await key('门').click();
    await spell('suo', '锁');
    await key('逗号 ，').click();
    await spell('huai', '坏');
    await spell('le', '了');
    // ⌫ takes back a character once nothing is being spelled.
    await sheet.getByRole('button', { name: '删除' }).click();
    expect(await sheet.locator('textarea').inputValue()).toBe('门锁，坏');
    await spell('le', '了');
    await sheet.getByRole('button', { name: /写好了/ }).click();

    await page.getByText('您写的说明').waitFor();
    await page.getByText('门锁，坏了', { exact: true }).waitFor();
    // Changing it and then not writing keeps the words as they were.
    await page.getByRole('button', { name: /改一改/ }).click();
    await key('清空').click();
    await page.getByRole('button', { name: '不写了' }).click();
    await page.getByText('门锁，坏了', { exact: true }).waitFor();

    await page.getByRole('button', { name: /下一步/ }).click();
    await page.getByRole('button', { name: '确认预约' }).click();
    await page.getByRole('heading', { name: /预约成功/ }).waitFor();
    await page.getByText('门锁，坏了').waitFor();
  });
});
