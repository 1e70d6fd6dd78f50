import { describe, expect, it } from 'vitest';
import { startBanner } from './banner.js';

const demo = { kioskToken: 'lld_kiosk', serviceScreenToken: 'lld_corner', meetingScreenToken: 'lld_meeting' };
const base = { url: 'http://127.0.0.1:4000', port: 4000, seconds: 2.5, lanAddress: '192.168.1.20' };

describe('the start-up banner', () => {
  it('prints the device links with their tokens and says to open them as printed', () => {
    const text = startBanner({ ...base, config: { host: '127.0.0.1' }, demo });
    expect(text).toContain('Linli is running (2.5 s)');
    expect(text).toContain('http://127.0.0.1:4000/#device=lld_kiosk');
    expect(text).toContain('http://127.0.0.1:4000/screens/service-corner#device=lld_corner');
    expect(text).toMatch(/whole link as printed/);
    expect(text).toMatch(/plain\s+address in a browser never paired shows a pairing page/);
    expect(text).toContain('Demo resident');
    expect(text).not.toMatch(/preview/);
  });

  it('warns that QR codes point at a loopback address until PUBLIC_URL is set, and says how', () => {
    const text = startBanner({ ...base, config: { host: '127.0.0.1' }, demo });
    expect(text).toMatch(/Warning: PUBLIC_URL is not set/);
    expect(text).toMatch(/here http:\/\/127\.0\.0\.1:4000,\s+which a phone cannot reach/);
    expect(text).toContain('HOST=0.0.0.0 PUBLIC_URL=http://192.168.1.20:4000 npm start');

    const lan = startBanner({ ...base, url: 'http://localhost:4000', config: { host: '0.0.0.0' }, demo });
    expect(lan).toContain('    PUBLIC_URL=http://192.168.1.20:4000 npm start');
  });

  it("names the QR codes' address when PUBLIC_URL is set", () => {
    const url = 'https://linli.example.org';
    const text = startBanner({ ...base, url, config: { host: '127.0.0.1', publicUrl: url }, demo });
    expect(text).not.toMatch(/Warning/);
    expect(text).toContain('its QR code points at https://linli.example.org/follow');
  });

  it('without the demo, says how a device is paired', () => {
    const text = startBanner({ ...base, config: { host: '127.0.0.1' }, demo: null, lanAddress: null });
    expect(text).toContain('Kiosk (lobby touchscreen)        http://127.0.0.1:4000/\n');
    expect(text).toMatch(/register it on the console's Devices page/);
    expect(text).toContain('PUBLIC_URL=http://<an address of this machine>:4000');
  });
});
