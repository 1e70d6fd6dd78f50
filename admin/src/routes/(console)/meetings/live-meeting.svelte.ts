import { _ } from 'svelte-i18n';
import { get } from 'svelte/store';
import { errorText } from '$lib/errors';
import { MeetingChangedSubscription } from '$lib/meeting-operations';
import { subscribe } from '$lib/session.svelte';
import { isMeetingChanged, isNewer, type Live } from './meetings-view';

/**
 * One meeting as a page shows it: loaded, followed live (`meetingChanged` → load again when
 * newer), and changed on the version read. A change refused because someone else changed the
 * meeting meanwhile loads it again and says so: nothing is lost without a word.
 */
export class LiveMeeting {
  m = $state<Live | null>(null);
  /** When the answer came, on this device's monotonic clock (the chair's countdown counts from it). */
  receivedAt = $state(0);
  error = $state('');
  /** "Someone else just changed it: reloaded" */
  changed = $state('');
  said = $state('');
  busy = $state(false);
  live = $state(false);

  constructor(private readonly fetch: () => Promise<Live>) {}

  private show(m: Live) {
    this.m = m;
    this.receivedAt = performance.now();
  }

  async load(): Promise<void> {
    try {
      this.show(await this.fetch());
      this.error = '';
    } catch (err) {
      this.error = errorText(err, get(_));
    }
  }

  /** Runs a change on the version shown; true when it went through. */
  async act(run: (version: number) => Promise<Live>, done = ''): Promise<boolean> {
    const m = this.m;
    if (!m || this.busy) return false;
    this.busy = true;
    this.error = '';
    this.changed = '';
    this.said = '';
    try {
      this.show(await run(m.version));
      this.said = done;
      return true;
    } catch (err) {
      if (isMeetingChanged(err)) {
        await this.load();
        this.changed = get(_)('meetings.changed');
      } else {
        this.error = errorText(err, get(_));
      }
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Follows the meeting's events; returns the stop. */
  follow(meetingId: string): () => void {
    const stop = subscribe(
      MeetingChangedSubscription,
      { meetingId },
      {
        next: ({ meetingChanged }) => {
          this.live = true;
          if (isNewer(meetingChanged, this.m)) void this.load();
        },
        resync: () => void this.load(),
        error: () => (this.live = false),
      },
    );
    this.live = true;
    const visible = () => {
      if (document.visibilityState === 'visible') void this.load();
    };
    document.addEventListener('visibilitychange', visible);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', visible);
    };
  }
}
