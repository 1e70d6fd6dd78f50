import { ApiError, type Client } from '@linli/client';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { deviceClient, forgetDeviceToken, readDeviceToken, saveDeviceToken } from './device';
import { resetLocale } from './i18n';
import { SignInWithCard, SignOut, ViewerQuery } from './operations';
import { afterSignIn, normalizeCardCode, returnPath, type PendingReturn } from './signin';

export interface SignedInResident {
  token: string;
  name: string;
  /** Flagged by the community office: may ask a provider to come home (上门). */
  limitedMobility: boolean;
  building: { id: string; name: string };
}

/** The kiosk's state: which device it is, and who (if anyone) is signed in right now. */
class Kiosk {
  deviceToken = $state<string | null>(null);
  communityName = $state('');
  /** Kept in memory only: a reload or the idle reset ends the resident's session. */
  resident = $state<SignedInResident | null>(null);
  ready = $state(false);
  revoked = $state(false);
  /** The server ended the resident's session: the sign-in page says so (until the next sign-in). */
  expired = $state(false);
  /** Where the next sign-in goes back to (the page a session ended on, or what was tapped before). */
  pending: PendingReturn | null = null;
  /** A card swiped away from the sign-in page was refused: the card page shows why. */
  swipeFailure: unknown = null;

  /** Every request watches for the server ending the resident's session, whichever page sent it. */
  readonly client: Client = watchSessionEnd(
    deviceClient(
      () => this.deviceToken,
      () => this.resident?.token ?? null,
    ),
    () => this.sessionExpired(),
  );

  async start(): Promise<void> {
    this.deviceToken = readDeviceToken('kiosk');
    if (this.deviceToken) {
      try {
        const { viewer } = await this.client.request(ViewerQuery);
        this.communityName = viewer.community?.name ?? '';
      } catch (err) {
        if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') {
          this.revoked = true;
          forgetDeviceToken('kiosk');
          this.deviceToken = null;
        }
      }
    }
    this.ready = true;
  }

  paired(token: string): void {
    saveDeviceToken('kiosk', token);
    this.deviceToken = token;
    this.revoked = false;
    void this.start();
  }

  signedIn(resident: SignedInResident): void {
    this.resident = resident;
    this.expired = false;
  }

  /**
   * Takes the resident who just signed in on: back where their session ended, on with what they
   * tapped before signing in, else to `from` (a corner page) or the notices. Forgets the return.
   */
  async land(from: string | null): Promise<void> {
    const r = this.resident;
    const to = r ? afterSignIn(this.pending, { name: r.name, buildingId: r.building.id }, from) : resolve('/');
    this.pending = null;
    // A path the kiosk read from its own address (base included) or one of the routes above.
    // eslint-disable-next-line svelte/no-navigation-without-resolve
    await goto(to);
  }

  /** Nobody signed in after all: no return, no expiry message, for whoever comes next. */
  forgetReturn(): void {
    this.pending = null;
    this.expired = false;
  }

  /** A signed-out resident tapped something that needs them: continue at `path` after sign-in. */
  async signInFirst(path: string): Promise<void> {
    this.pending = { path, reason: 'intent' };
    this.expired = false;
    await goto(resolve('/signin'));
  }

  /** Signs in with a card code (typed, or swiped on a reader); throws the API's error. */
  async signInWithCard(code: string): Promise<void> {
    const { signInWithCard } = await this.client.request(SignInWithCard, { code: normalizeCardCode(code) });
    this.signedIn({ token: signInWithCard.token, ...signInWithCard.resident });
  }

  /** Ends the resident's session here and on the server, and resets the screen for the next person. */
  async signOut(): Promise<void> {
    const had = this.resident;
    if (had) {
      await this.client.request(SignOut).catch(() => undefined);
    }
    this.resident = null;
    this.pending = null;
    this.expired = false;
    resetLocale();
  }

  /**
   * The server said the resident session is over (their idle limit): forget them, remember the
   * page they were on for their next sign-in, and show the sign-in page saying why.
   */
  sessionExpired(): void {
    const had = this.resident;
    if (!had) return;
    this.resident = null;
    const path = returnPath(location.pathname, location.search);
    this.pending = path ? { path, reason: 'expired', who: { name: had.name, buildingId: had.building.id } } : null;
    this.expired = true;
    if (location.pathname !== resolve('/signin')) void goto(resolve('/signin'));
  }
}

/** `client`, calling `ended` whenever an answer says the resident's session has ended. */
function watchSessionEnd(client: Client, ended: () => void): Client {
  return {
    request: async (op, variables) => {
      try {
        return await client.request(op, variables);
      } catch (err) {
        if (err instanceof ApiError && err.reason === 'SESSION_EXPIRED') ended();
        throw err;
      }
    },
    subscribe: (op, variables, handlers) => client.subscribe(op, variables, handlers),
    close: () => client.close(),
  };
}

export const kiosk = new Kiosk();
