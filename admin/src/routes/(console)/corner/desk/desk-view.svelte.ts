import { onMount, untrack } from 'svelte';
import { get } from 'svelte/store';
import { _ } from 'svelte-i18n';
import { DeskLineQuery, DesksQuery, OfferingsQuery, QueueChangedSubscription } from '$lib/corner-operations';
import { errorText } from '$lib/errors';
import { request, subscribe } from '$lib/session.svelte';
import type {
  DeskLineQuery as DeskLine,
  DesksQuery as Desks,
  OfferingsQuery as Offerings,
  QueueChangedSubscription as Change,
} from '$gql/graphql';
import { at } from '../corner';
import { changeNeedsLoad, firstLine, lineForDesk, linesFor, rememberedDesk, stored } from './desk-model';
import { LatestLoad } from './latest-load';

export type Offering = Offerings['offerings'][number];
export type Desk = Desks['desks'][number];
export type Line = DeskLine['cornerBoard'][number];
export type Status = DeskLine['cornerStatus'];
export type CurrentTicket = NonNullable<DeskLine['deskTicket']>;

// The stored keys keep their old words: new ones would forget every computer's choice.
const OFFERING_KEY = 'linli.admin.corner.service';
const DESK_KEY = 'linli.admin.corner.counter';
/** Waiting tickets fetched: the next ones shown. */
const NEXT = 8;

export interface DeskViewHooks {
  /** Another line or desk chosen: what was shown for the old one goes. */
  onswitch: () => void;
  /** A load failed: nothing is known of the state now. */
  onfail: () => void;
}

/**
 * What the desk view shows, kept fresh: the lines and desks to choose from (the choice
 * remembered on this computer), and for the chosen line and desk the corner's status, the
 * line and the ticket at the desk, loaded on every change of any line, at the opening's
 * start or end, and when the tab is shown again. Made while the page is set up.
 */
export class DeskView {
  offerings = $state<Offering[] | null>(null);
  offeringId = $state(stored(OFFERING_KEY, localStorage));
  desks = $state<Desk[] | null>(null);
  /** The chosen desk's id (remembered on this computer). */
  deskId = $state(stored(DESK_KEY, localStorage));

  status = $state<Status | null>(null);
  line = $state<Line | null>(null);
  /** The ticket called to or served at this desk, whichever line it is in. */
  current = $state<CurrentTicket | null>(null);
  loadError = $state('');
  now = $state(Date.now());

  loading = $state(false);
  /** The line and desk (`offeringId|deskId`) whose state is on screen. */
  loadedFor = $state('');

  desk = $derived(this.desks?.find((c) => c.id === this.deskId) ?? null);
  /** The line's tickets at the other desks. */
  others = $derived(this.line?.nowServing.filter((t) => t.id !== this.current?.id) ?? []);
  /** The lines this desk usually serves come first in the list. */
  lines = $derived(linesFor(this.offerings, this.desk));
  /** Who provides the offering of the ticket (else of the line): the work order's owner to start with. */
  provider = $derived(
    this.offerings?.find((s) => s.id === (this.current?.offering.id ?? this.offeringId))?.provider ?? '',
  );
  /** The chosen line's letter. */
  letter = $derived(this.offerings?.find((s) => s.id === this.offeringId)?.letter ?? 'A');
  /** The state on screen is the chosen line's and desk's: switching to another is not ready until it is loaded. */
  ready = $derived(
    !!this.offerings && !!this.desks && !!this.offeringId && this.loadedFor === `${this.offeringId}|${this.deskId}`,
  );

  /** One fetch at a time; a change arriving meanwhile fetches once more afterwards. */
  private loader = new LatestLoad({
    key: () => ({ offeringId: this.offeringId, deskId: this.deskId }),
    wanted: (k) => !!k.offeringId && !!k.deskId,
    same: (a, b) => a.offeringId === b.offeringId && a.deskId === b.deskId,
    fetch: (k) => request(DeskLineQuery, { offeringId: k.offeringId, next: NEXT, deskId: k.deskId }),
    apply: (data, k) => {
      this.status = data.cornerStatus;
      this.line = data.cornerBoard[0] ?? null;
      this.current = data.deskTicket;
      this.now = Date.now();
      this.loadError = '';
      this.loadedFor = `${k.offeringId}|${k.deskId}`;
    },
    fail: (err) => {
      this.loadError = errorText(err, get(_));
      this.hooks.onfail();
    },
    loading: (on) => (this.loading = on),
  });

  constructor(private readonly hooks: DeskViewHooks) {
    onMount(() => {
      void this.loadChoices();
      // Minutes waited move on; this is a clock, not a fetch.
      const clock = setInterval(() => (this.now = Date.now()), 30_000);
      const visible = () => {
        if (document.visibilityState === 'visible') void this.load();
      };
      document.addEventListener('visibilitychange', visible);
      return () => {
        clearInterval(clock);
        document.removeEventListener('visibilitychange', visible);
      };
    });

    // The chosen line and desk: their state now, then every change.
    $effect(() => {
      const id = this.offeringId;
      const desk = this.deskId;
      if (!id || !desk) return;
      untrack(() => {
        this.line = null;
        this.current = null;
        this.hooks.onswitch();
        void this.load();
      });
    });

    // Every line's changes: this desk's ticket can be in any of them.
    $effect(() =>
      subscribe(
        QueueChangedSubscription,
        { offeringId: null },
        { next: (change) => this.changed(change), resync: () => void this.load() },
      ),
    );

    $effect(() => {
      const opening = this.status?.opening;
      if (!opening) return;
      return at(this.status?.open ? opening.endsAt : opening.startsAt, () => void this.load());
    });

    $effect(() => {
      try {
        if (this.offeringId) localStorage.setItem(OFFERING_KEY, this.offeringId);
        if (this.deskId) localStorage.setItem(DESK_KEY, this.deskId);
      } catch {
        // Private mode: the choice lasts as long as the page.
      }
    });
  }

  private async loadChoices() {
    try {
      const [s, c] = await Promise.all([request(OfferingsQuery), request(DesksQuery)]);
      this.desks = c.desks;
      this.deskId = rememberedDesk(this.desks, this.deskId);
      this.offerings = s.offerings;
      if (!this.offerings.some((x) => x.id === this.offeringId)) {
        this.offeringId = firstLine(this.offerings, this.desks, this.deskId);
      }
    } catch (err) {
      this.loadError = errorText(err, get(_));
    }
  }

  /**
   * Loads the chosen line and desk. Called while a load is on its way, it fetches once more
   * afterwards and resolves with that one: whoever waits for it sees the state as of the call.
   */
  load = (): Promise<void> => this.loader.load();

  private changed({ queueChanged: change }: Change) {
    const shown = { offeringId: this.offeringId, ticketOfferingId: this.current?.offering.id ?? null, line: this.line };
    if (changeNeedsLoad(change, shown)) void this.load();
  }

  /** Another desk chosen: go to its usual line, unless the current one is among them. */
  chooseDesk(deskId: string) {
    this.deskId = deskId;
    const line = lineForDesk(this.offerings, this.desks, this.deskId, this.offeringId);
    if (line !== this.offeringId) this.offeringId = line;
  }
}
