import os from 'node:os';
import type { Config } from './platform/config.js';
import { DEMO, type DemoDevices } from './seed/demo-seed.js';

export interface BannerInput {
  /** The base URL of the printed links: PUBLIC_URL, else http://<host>:<port>. */
  url: string;
  port: number;
  config: Pick<Config, 'host' | 'publicUrl'>;
  demo: DemoDevices | null;
  /** Seconds the API took to start. */
  seconds: number;
  /** An address of this machine that other devices may reach; found when not given. */
  lanAddress?: string | null;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** The first non-internal IPv4 address of this machine, if it has one. */
export function lanAddress(): string | null {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

/** What `npm start` prints once the API listens: the links, how to open them, and the caveats. */
export function startBanner({ url, port, config, demo, seconds, lanAddress: lan }: BannerInput): string {
  const link = (p: string, token?: string) => `${url}${p}${token ? `#device=${token}` : ''}`;
  const lines = [
    '',
    `Linli is running (${seconds.toFixed(1)} s)`,
    `  API (GraphQL, HTTP + WebSocket)  ${url}/graphql`,
    `  Kiosk (lobby touchscreen)        ${link('/', demo?.kioskToken)}`,
    `  Console (staff)                  ${url}/admin/`,
    `  Screen: service corner           ${link('/screens/service-corner', demo?.serviceScreenToken)}`,
    `  Screen: meeting room             ${link('/screens/meeting-room', demo?.meetingScreenToken)}`,
    '',
  ];
  if (demo) {
    lines.push(
      '  Open the kiosk and each screen with its whole link as printed above: the #device=… part',
      '  pairs that browser once, and from then on the plain address works in it. The plain',
      '  address in a browser never paired shows a pairing page asking for a code instead.',
      '',
      `  Demo resident: phone ${DEMO.resident.phone}, PIN ${DEMO.resident.pin}, card ${DEMO.resident.card}`,
      `  Demo staff:    community ${DEMO.communityCode}: ${DEMO.staff.map((s) => `${s.username} / ${s.password}`).join(' · ')}`,
      `  Street office: ${DEMO.operator.username} / ${DEMO.operator.password} (the console's 街道办 sign-in)`,
      '',
    );
  } else {
    lines.push(
      "  A kiosk or screen pairs once: register it on the console's Devices page (设备), then type",
      '  the code shown there on the pairing page the device opens at its address.',
      '',
    );
  }
  if (config.publicUrl) {
    lines.push(`  Phones following a ticket: its QR code points at ${config.publicUrl}/follow (PUBLIC_URL).`, '');
  } else {
    const loopback = LOOPBACK_HOSTS.has(config.host);
    const address = (lan === undefined ? lanAddress() : lan) ?? '<an address of this machine>';
    lines.push(
      "  Warning: PUBLIC_URL is not set. A kiosk ticket's QR code (phones follow the ticket with it)",
      `  then points at the address the kiosk's browser uses, here ${url},`,
      "  which a phone cannot reach. For phones on the lobby's network, start with",
      `    ${loopback ? 'HOST=0.0.0.0 ' : ''}PUBLIC_URL=http://${address}:${port} npm start`,
      '  using an address of this machine that the phones reach.',
      '',
    );
  }
  return lines.join('\n');
}
