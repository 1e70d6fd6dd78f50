import { createClient, type Client } from '@linli/client';

/**
 * Device tokens live in localStorage, one per role, so one demo browser can be the kiosk and
 * both screens at once. A link with `#device=<token>` pairs the page once and is then cleaned
 * from the address bar.
 */
export type DeviceRole = 'kiosk' | 'service-corner' | 'meeting-room';

const key = (role: DeviceRole) => `linli.device.${role}`;

export function readDeviceToken(role: DeviceRole): string | null {
  const m = /(?:^#|&)device=([\w-]+)/.exec(location.hash);
  if (m) {
    localStorage.setItem(key(role), m[1]);
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  return localStorage.getItem(key(role));
}

export function saveDeviceToken(role: DeviceRole, token: string): void {
  localStorage.setItem(key(role), token);
}

export function forgetDeviceToken(role: DeviceRole): void {
  localStorage.removeItem(key(role));
}

/** A client that authenticates as the device, plus a resident session when there is one. */
export function deviceClient(token: () => string | null, residentToken: () => string | null = () => null): Client {
  return createClient({
    url: '/graphql',
    headers: () => {
      const h: Record<string, string> = {};
      const t = token();
      const r = residentToken();
      if (t) h.authorization = `Bearer ${t}`;
      if (r) h['x-resident-token'] = r;
      return h;
    },
    connectionParams: () => {
      const t = token();
      return t ? { authorization: `Bearer ${t}` } : {};
    },
  });
}
