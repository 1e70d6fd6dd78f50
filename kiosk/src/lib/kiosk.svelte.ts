import { ApiError } from '@linli/client';
import { deviceClient, forgetDeviceToken, readDeviceToken, saveDeviceToken } from './device';
import { resetLocale } from './i18n';
import { SignOut, ViewerQuery } from './operations';

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

  readonly client = deviceClient(
    () => this.deviceToken,
    () => this.resident?.token ?? null,
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
  }

  /** Ends the resident's session here and on the server, and resets the screen for the next person. */
  async signOut(): Promise<void> {
    const had = this.resident;
    if (had) {
      await this.client.request(SignOut).catch(() => undefined);
    }
    this.resident = null;
    resetLocale();
  }

  /** The server said the resident session is over. */
  sessionExpired(): void {
    this.resident = null;
  }
}

export const kiosk = new Kiosk();
