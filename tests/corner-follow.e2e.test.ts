import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import {
  callNext,
  demoOfferingId,
  followLinkOnKiosk,
  kioskToCorner,
  markDocument,
  neighbourPhone,
  openKioskSignedIn,
  openPhone,
  residentHeaders,
  staffHeaders,
  takeTicket,
  takeTicketOnKiosk,
  untilSubscribed,
} from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

describe('following a ticket on a phone (the QR code)', () => {
  const e2e = useBrowserPlatform((platform) => platform.openCornerNow());

  it('a resident takes a ticket at the kiosk; a phone without any token opens its QR link and sees the call live', async () => {
    const { platform } = e2e;
    const staff = await staffHeaders(platform);
    // A neighbour is already in line A, so the resident has one person ahead.
    await takeTicket(platform, await residentHeaders(platform, await neighbourPhone(platform, staff)), 'A');

    // At the kiosk: sign in, take a number in line A, read the link its QR code encodes.
    const kiosk = await openKioskSignedIn(e2e);
    await kioskToCorner(kiosk);
    expect(await takeTicketOnKiosk(kiosk, '修锁配钥匙')).toBe('A002');
    const followUrl = await followLinkOnKiosk(kiosk);
    expect(await kiosk.locator('[data-follow-url]').getByRole('img').getAttribute('src')).toMatch(
      /^data:image\/png;base64,/,
    );
    // The token rides in the fragment, which a browser never sends to a server.
    expect(followUrl).toMatch(new RegExp(`^${platform.url}/follow#[0-9a-f]{32}$`));

    // A phone: a fresh browser context, no device token, no resident session.
    const phone = await openPhone(e2e);
    const credentials: string[] = [];
    phone.on('request', (r) => {
      const h = r.headers();
      if (h.authorization || h['x-resident-token']) credentials.push(r.url());
    });
    await phone.goto(followUrl);
    await phone.getByText('A002').waitFor();
    await phone.getByText('还有 1 人').waitFor();
    await phone.getByText('修锁配钥匙').waitFor();
    expect(await phone.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('linli.device')))).toEqual(
      [],
    );
    // Nothing of the resident reaches the phone.
    expect(await phone.locator('body').textContent()).not.toContain(DEMO.resident.name);
    // The phone follows the ticket live from here on.
    await untilSubscribed(phone, 'FollowedTicketChanged');
    const unreloaded = await markDocument(phone);

    // Staff call the neighbour, then the resident: the phone follows without a reload.
    expect((await callNext(platform, staff, 'A', '2号台'))?.code).toBe('A001');
    await phone.getByText('下一个就是您').waitFor({ timeout: 15_000 });
    expect((await callNext(platform, staff, 'A', '1号台'))?.code).toBe('A002');
    await phone.getByText('请到 1号台').waitFor({ timeout: 15_000 });
    expect(await unreloaded()).toBe(true);
    expect(phone.url()).toBe(followUrl);
    expect(credentials).toEqual([]);

    // A wrong link is a friendly sentence, not an error page.
    const stranger = await phone.context().newPage();
    await stranger.goto(`${platform.url}/follow#${'0'.repeat(32)}`);
    await stranger.getByText('这个链接打不开').waitFor();
  });

  it('a phone open on a ticket sees staff move it to another line, then the call there, without a reload; so does the kiosk', async () => {
    const { platform } = e2e;
    const staff = await staffHeaders(platform);

    // At the kiosk: a number in line C (证件照拍摄), its page left open, its QR link on a phone.
    const kiosk = await openKioskSignedIn(e2e);
    await kioskToCorner(kiosk);
    expect(await takeTicketOnKiosk(kiosk, '证件照拍摄')).toBe('C001');
    const oldId = kiosk.url().split('/').pop()!;
    const followUrl = await followLinkOnKiosk(kiosk);

    const phone = await openPhone(e2e);
    await phone.goto(followUrl);
    await phone.getByText('C001').waitFor();
    await phone.getByText('证件照拍摄').waitFor();
    await untilSubscribed(phone, 'FollowedTicketChanged');
    const unreloaded = await markDocument(phone);

    // At the desk they find it is legal advice the resident needs: staff move the ticket to line D.
    const { transferTicket } = await platform.gql<{ transferTicket: { id: string; code: string } }>(
      'mutation($id: ID!, $to: ID!) { transferTicket(input: { ticketId: $id, toOfferingId: $to }) { id code } }',
      { id: oldId, to: await demoOfferingId(platform, 'D') },
      staff,
    );
    expect(transferTicket.code).toBe('D001');

    // The phone, on the same link, now shows the new number and says what happened.
    const moved = phone.getByRole('status').filter({ hasText: '您的号换了' });
    await moved.waitFor({ timeout: 15_000 });
    // The old number struck through, an arrow for the eye and "换成" for a screen reader, the new one.
    expect(await moved.textContent()).toMatch(/C001\s*换成\s*D001/);
    await phone.getByText('D001', { exact: true }).waitFor();
    await phone.getByText('法律咨询', { exact: true }).waitFor();
    // The kiosk's page went over to the new ticket, with the same QR link.
    await kiosk.waitForURL(new RegExp(`/corner/ticket/${transferTicket.id}$`), { timeout: 15_000 });
    await kiosk.getByText('工作人员把您转到了「法律咨询」').waitFor();
    await kiosk.getByText('D001', { exact: true }).waitFor();
    expect(await followLinkOnKiosk(kiosk)).toBe(followUrl);

    // Called in the new line: both follow, still without a reload.
    expect((await callNext(platform, staff, 'D', '3号台'))?.code).toBe('D001');
    await phone.getByText('请到 3号台').waitFor({ timeout: 15_000 });
    await kiosk.getByText('请到 3号台').waitFor({ timeout: 15_000 });
    expect(await unreloaded()).toBe(true);
    expect(phone.url()).toBe(followUrl);
  });
});
