import { onMount, untrack } from 'svelte';
import { get } from 'svelte/store';
import { _ } from 'svelte-i18n';
import {
  CornerCountersQuery,
  CornerServicesQuery,
  CounterLineQuery,
  QueueChangedSubscription,
} from '$lib/corner-operations';
import { errorText } from '$lib/errors';
import { request, subscribe } from '$lib/session.svelte';
import type {
  CornerCountersQuery as Counters,
  CornerServicesQuery as Services,
  CounterLineQuery as CounterLine,
  QueueChangedSubscription as Change,
} from '$gql/graphql';
import { at } from '../corner';
import { changeNeedsLoad, firstLine, lineForCounter, linesFor, rememberedCounter, stored } from './counter-model';
import { LatestLoad } from './latest-load';

export type Service = Services['cornerServices'][number];
export type Counter = Counters['cornerCounters'][number];
export type Line = CounterLine['cornerBoard'][number];
export type Status = CounterLine['cornerStatus'];
export type CurrentTicket = NonNullable<CounterLine['counterTicket']>;

const SERVICE_KEY = 'linli.admin.corner.service';
const COUNTER_KEY = 'linli.admin.corner.counter';
/** Waiting tickets fetched: the next ones shown. */
const NEXT = 8;

export interface CounterViewHooks {
  /** Another line or counter chosen: what was shown for the old one goes. */
  onswitch: () => void;
  /** A load failed: nothing is known of the state now. */
  onfail: () => void;
}

/**
 * What the counter view shows, kept fresh: the lines and counters to choose from (the choice
 * remembered on this computer), and for the chosen line and counter the corner's status, the
 * line and the ticket at the counter, loaded on every change of any line, at the session's
 * start or end, and when the tab is shown again. Made while the page is set up.
 */
export class CounterView {
  services = $state<Service[] | null>(null);
  serviceId = $state(stored(SERVICE_KEY, localStorage));
  counters = $state<Counter[] | null>(null);
  /** The chosen counter's id (remembered on this computer). */
  counterId = $state(stored(COUNTER_KEY, localStorage));

  status = $state<Status | null>(null);
  line = $state<Line | null>(null);
  /** The ticket called to or served at this counter, whichever line it is in. */
  current = $state<CurrentTicket | null>(null);
  loadError = $state('');
  now = $state(Date.now());

  loading = $state(false);
  /** The line and counter (`serviceId|counterId`) whose state is on screen. */
  loadedFor = $state('');

  counter = $derived(this.counters?.find((c) => c.id === this.counterId) ?? null);
  /** The line's tickets at the other counters. */
  others = $derived(this.line?.nowServing.filter((t) => t.id !== this.current?.id) ?? []);
  /** The lines this counter usually serves come first in the list. */
  lines = $derived(linesFor(this.services, this.counter));
  /** Who provides the service of the ticket (else of the line): the work order's owner to start with. */
  provider = $derived(
    this.services?.find((s) => s.id === (this.current?.service.id ?? this.serviceId))?.provider ?? '',
  );
  /** The chosen line's letter. */
  letter = $derived(this.services?.find((s) => s.id === this.serviceId)?.letter ?? 'A');
  /** The state on screen is the chosen line's and counter's: switching to another is not ready until it is loaded. */
  ready = $derived(
    !!this.services && !!this.counters && !!this.serviceId && this.loadedFor === `${this.serviceId}|${this.counterId}`,
  );

  /** One fetch at a time; a change arriving meanwhile fetches once more afterwards. */
  private loader = new LatestLoad({
    key: () => ({ serviceId: this.serviceId, counterId: this.counterId }),
    wanted: (k) => !!k.serviceId && !!k.counterId,
    same: (a, b) => a.serviceId === b.serviceId && a.counterId === b.counterId,
    fetch: (k) => request(CounterLineQuery, { serviceId: k.serviceId, next: NEXT, counterId: k.counterId }),
    apply: (data, k) => {
      this.status = data.cornerStatus;
      this.line = data.cornerBoard[0] ?? null;
      this.current = data.counterTicket;
      this.now = Date.now();
      this.loadError = '';
      this.loadedFor = `${k.serviceId}|${k.counterId}`;
    },
    fail: (err) => {
      this.loadError = errorText(err, get(_));
      this.hooks.onfail();
    },
    loading: (on) => (this.loading = on),
  });

  constructor(private readonly hooks: CounterViewHooks) {
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

    // The chosen line and counter: their state now, then every change.
    $effect(() => {
      const id = this.serviceId;
      const desk = this.counterId;
      if (!id || !desk) return;
      untrack(() => {
        this.line = null;
        this.current = null;
        this.hooks.onswitch();
        void this.load();
      });
    });

    // Every line's changes: this counter's ticket can be in any of them.
    $effect(() =>
      subscribe(
        QueueChangedSubscription,
        { serviceId: null },
        { next: (change) => this.changed(change), resync: () => void this.load() },
      ),
    );

    $effect(() => {
      const session = this.status?.session;
      if (!session) return;
      return at(this.status?.open ? session.endsAt : session.startsAt, () => void this.load());
    });

    $effect(() => {
      try {
        if (this.serviceId) localStorage.setItem(SERVICE_KEY, this.serviceId);
        if (this.counterId) localStorage.setItem(COUNTER_KEY, this.counterId);
      } catch {
        // Private mode: the choice lasts as long as the page.
      }
    });
  }

  private async loadChoices() {
    try {
      const [s, c] = await Promise.all([request(CornerServicesQuery), request(CornerCountersQuery)]);
      this.counters = c.cornerCounters;
      this.counterId = rememberedCounter(this.counters, this.counterId);
      this.services = s.cornerServices;
      if (!this.services.some((x) => x.id === this.serviceId)) {
        this.serviceId = firstLine(this.services, this.counters, this.counterId);
      }
    } catch (err) {
      this.loadError = errorText(err, get(_));
    }
  }

  /**
   * Loads the chosen line and counter. Called while a load is on its way, it fetches once more
   * afterwards and resolves with that one: whoever waits for it sees the state as of the call.
   */
  load = (): Promise<void> => this.loader.load();

  private changed({ queueChanged: change }: Change) {
    const shown = { serviceId: this.serviceId, ticketServiceId: this.current?.service.id ?? null, line: this.line };
    if (changeNeedsLoad(change, shown)) void this.load();
  }

  /** Another counter chosen: go to its usual line, unless the current one is among them. */
  chooseCounter(counterId: string) {
    this.counterId = counterId;
    const line = lineForCounter(this.services, this.counters, this.counterId, this.serviceId);
    if (line !== this.serviceId) this.serviceId = line;
  }
}
