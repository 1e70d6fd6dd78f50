import type { WebSocket } from 'ws';
import type { Principal } from './context.js';
import type { Logger } from './logger.js';

/** graphql-ws close codes this server uses beyond the protocol's own. */
export const SocketClose = {
  /** Access withdrawn (signed out, revoked, expired): the client reconnects with what it has now. */
  ACCESS_WITHDRAWN: 4403,
  /** The event stream was interrupted (the LISTEN connection came back): reconnect and re-read. */
  RESYNC: 1012,
} as const;

/** Re-reads a socket's access from its credentials; throws when they are no longer valid. */
export type Recheck<C> = (credentials: C) => Promise<Principal>;

interface Entry<C> {
  socket: WebSocket;
  credentials: C;
  principal: Principal;
  keys: string[];
  timer?: NodeJS.Timeout;
  checking?: Promise<void>;
}

const keysOf = (p: Principal): string[] => [
  ...(p.staff ? [`session:${p.staff.sessionId}`] : []),
  ...(p.operator ? [`session:${p.operator.sessionId}`] : []),
  ...(p.resident ? [`session:${p.resident.sessionId}`] : []),
  ...(p.device ? [`device:${p.device.id}`] : []),
];

/** What the access had that `now` lacks: a socket that lost any of it is closed. */
function lostAccess(before: Principal, now: Principal): boolean {
  return (
    (!!before.staff && before.staff.sessionId !== now.staff?.sessionId) ||
    (!!before.operator && before.operator.sessionId !== now.operator?.sessionId) ||
    (!!before.resident && before.resident.sessionId !== now.resident?.sessionId) ||
    (!!before.device && before.device.id !== now.device?.id)
  );
}

/** setTimeout's limit (about 24.8 days); a later deadline is re-armed when this one fires. */
const MAX_DELAY = 2 ** 31 - 1;
/** Re-check a little after the deadline, so the database agrees it has passed. */
const AFTER_DEADLINE_MS = 500;

/**
 * Every open WebSocket with the access it signed in with, so that withdrawn access ends on open
 * sockets as it does on HTTP: when a session ends or a device is revoked (an event every process
 * hears), or a session's time runs out (a timer at its deadline), the socket's credentials are
 * checked again against the database, and a socket that lost any access is closed. The client
 * reconnects with whatever credentials it holds now — so a kiosk whose resident signed out
 * comes back as the kiosk alone, and a revoked device is refused at the door.
 */
export class LiveSockets<C> {
  private readonly entries = new Map<WebSocket, Entry<C>>();
  private readonly byKey = new Map<string, Set<Entry<C>>>();

  constructor(
    private readonly recheck: Recheck<C>,
    private readonly log: Logger,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** A socket that signed in (anonymous ones need no watching but are counted for resync). */
  add(socket: WebSocket, credentials: C, principal: Principal): void {
    const entry: Entry<C> = { socket, credentials, principal, keys: [] };
    this.entries.set(socket, entry);
    this.index(entry, principal);
    socket.once('close', () => this.remove(socket));
  }

  /**
   * The access an operation on this socket just resolved (a later deadline, say). False, and
   * the socket closing, when it lost access it had (its resident signed out, say).
   */
  update(socket: WebSocket, principal: Principal): boolean {
    const entry = this.entries.get(socket);
    if (!entry) return true;
    if (lostAccess(entry.principal, principal)) {
      this.withdraw(socket);
      return false;
    }
    this.index(entry, principal);
    return true;
  }

  /** Access withdrawn somewhere (any process): re-check the sockets that used it. */
  accessEnded(ended: { sessionIds?: string[]; deviceIds?: string[] }): void {
    const keys = [
      ...(ended.sessionIds ?? []).map((id) => `session:${id}`),
      ...(ended.deviceIds ?? []).map((id) => `device:${id}`),
    ];
    const affected = new Set<Entry<C>>();
    for (const key of keys) for (const entry of this.byKey.get(key) ?? []) affected.add(entry);
    for (const entry of affected) void this.check(entry);
  }

  /** Every socket closes with `code`; their clients reconnect (and re-read what they show). */
  closeAll(code: number, reason: string): void {
    for (const entry of [...this.entries.values()]) entry.socket.close(code, reason);
  }

  /** Closes the socket because its access is gone. */
  withdraw(socket: WebSocket): void {
    socket.close(SocketClose.ACCESS_WITHDRAWN, 'Access withdrawn');
  }

  private check(entry: Entry<C>): Promise<void> {
    // One check at a time per socket; a second reason to check waits for the first's answer.
    entry.checking ??= (async () => {
      try {
        const now = await this.recheck(entry.credentials);
        if (!this.entries.has(entry.socket)) return;
        if (lostAccess(entry.principal, now)) this.withdraw(entry.socket);
        else this.index(entry, now);
      } catch (err) {
        if ((err as { extensions?: { code?: string } }).extensions?.code === 'UNAUTHENTICATED')
          this.withdraw(entry.socket);
        else {
          // The database could not say (an outage): look again shortly rather than guess.
          this.log.warn({ err }, 'could not re-check a WebSocket; trying again');
          this.arm(entry, Date.now() + 2000);
        }
      } finally {
        entry.checking = undefined;
      }
    })();
    return entry.checking;
  }

  private index(entry: Entry<C>, principal: Principal): void {
    this.unindex(entry);
    entry.principal = principal;
    entry.keys = keysOf(principal);
    for (const key of entry.keys) {
      let set = this.byKey.get(key);
      if (!set) this.byKey.set(key, (set = new Set()));
      set.add(entry);
    }
    this.arm(entry, principal.expiresAt);
  }

  private arm(entry: Entry<C>, at: number | undefined): void {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    if (at === undefined) return;
    const delay = Math.min(MAX_DELAY, Math.max(0, at - Date.now()) + AFTER_DEADLINE_MS);
    entry.timer = setTimeout(() => void this.check(entry), delay);
    entry.timer.unref();
  }

  private unindex(entry: Entry<C>): void {
    for (const key of entry.keys) {
      const set = this.byKey.get(key);
      set?.delete(entry);
      if (set?.size === 0) this.byKey.delete(key);
    }
  }

  private remove(socket: WebSocket): void {
    const entry = this.entries.get(socket);
    if (!entry) return;
    this.entries.delete(socket);
    clearTimeout(entry.timer);
    this.unindex(entry);
  }
}
