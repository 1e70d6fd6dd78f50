/**
 * Idle reset timing: 90 s, then a 20 s warning (design.md). A kiosk can be set otherwise once
 * with `?idle=<s>&warn=<s>` in its address (kept for the browser session); the browser tests use it.
 */
export function idleSettings(): { idleSeconds: number; warnSeconds: number } {
  const params = new URLSearchParams(location.search);
  const stored = JSON.parse(sessionStorage.getItem('linli.idle') ?? 'null') as {
    idleSeconds: number;
    warnSeconds: number;
  } | null;
  const idle = Number(params.get('idle'));
  const warn = Number(params.get('warn'));
  if (idle > 0 && warn > 0) {
    const s = { idleSeconds: idle, warnSeconds: warn };
    sessionStorage.setItem('linli.idle', JSON.stringify(s));
    return s;
  }
  return stored ?? { idleSeconds: 90, warnSeconds: 20 };
}
