import { onMount, tick, untrack } from 'svelte';
import { get } from 'svelte/store';
import { _ } from 'svelte-i18n';
import {
  CallNext,
  CompleteTicket,
  CornerCountersQuery,
  CornerServicesQuery,
  CounterLineQuery,
  MarkNoShow,
  QueueChangedSubscription,
  RecallTicket,
  StartServing,
} from '$lib/corner-operations';
import { errorText, type Translate } from '$lib/errors';
import { request, subscribe } from '$lib/session.svelte';
import type {
  CornerCountersQuery as Counters,
  CornerServicesQuery as Services,
  CounterLineQuery as CounterLine,
  QueueChangedSubscription as Change,
} from '$gql/graphql';
import { at } from '../corner';
import { enqueue, mayMoveFocus, shortcutFor, type Action, type Pending } from './counter-keys';
import {
  abilities,
  blockedKey,
  changeNeedsLoad,
  countRecall,
  firstLine,
  lineForCounter,
  linesFor,
  numberRefusalKey,
  parseNumber,
  readRecalls,
  refusalOf,
  rememberedCounter,
  stored,
  ticketCode,
  type Recalls,
} from './counter-model';
import { LatestLoad } from './latest-load';

export type Service = Services['cornerServices'][number];
export type Counter = Counters['cornerCounters'][number];
export type Line = CounterLine['cornerBoard'][number];
export type Status = CounterLine['cornerStatus'];
export type CurrentTicket = NonNullable<CounterLine['counterTicket']>;
/** A ticket a dialog is about, fixed when it opens. */
export type TicketRef = { id: string; code: string };
export type Notice = { text: string; tone: 'success' | 'info' };

const SERVICE_KEY = 'linli.admin.corner.service';
const COUNTER_KEY = 'linli.admin.corner.counter';
const RECALLS_KEY = 'linli.admin.corner.recalls';
const NEXT = 8;

/** The console's messages in the language chosen now. */
const t: Translate = (key, options) => get(_)(key, options);

/**
 * The staff's counter: the chosen line and counter, loaded now and on every change; the
 * actions (call, recall, start, complete, no-show, work order), run one at a time; and the
 * keys pressed while one is on its way, kept and run in turn once the counter has settled.
 * Made while the page is set up: it starts the page's loads, subscription and timers.
 */
export class CounterDesk {
  services = $state<Service[] | null>(null);
  serviceId = $state(stored(SERVICE_KEY, localStorage));
  counters = $state<Counter[] | null>(null);
  /** The chosen counter's id (remembered on this computer). */
  counterId = $state(stored(COUNTER_KEY, localStorage));
  counterError = $state('');

  status = $state<Status | null>(null);
  line = $state<Line | null>(null);
  /** The ticket called to or served at this counter, whichever line it is in. */
  current = $state<CounterLine['counterTicket']>(null);
  loadError = $state('');

  busy = $state(false);
  /** Presses (keys, Enter on a button or in 叫指定号) made while the counter was not settled: run in turn once it is. */
  pending = $state<Pending[]>([]);
  actionError = $state('');
  /** What just happened, announced politely: "已呼叫 A003", "暂无排队". */
  notice = $state<Notice | null>(null);

  /** How often each ticket has been recalled here (a no-show needs one first); survives a reload. */
  recalls = $state<Recalls>(readRecalls(RECALLS_KEY, () => sessionStorage));

  noShowOpen = $state(false);
  /** The ticket the no-show dialog is about. */
  noShowTicket = $state<TicketRef | null>(null);
  workOrderOpen = $state(false);
  /** The ticket the work-order dialog is about. */
  workOrderTicket = $state<TicketRef | null>(null);
  now = $state(Date.now());

  /** What is typed into 叫指定号: "12" or "A012". */
  numberText = $state('');
  numberError = $state('');
  numberInput = $state<HTMLInputElement>();

  callButton = $state<HTMLButtonElement>();
  startButton = $state<HTMLButtonElement>();
  completeButton = $state<HTMLButtonElement>();

  counter = $derived(this.counters?.find((c) => c.id === this.counterId) ?? null);
  others = $derived(this.line?.nowServing.filter((t) => t.id !== this.current?.id) ?? []);
  /** The lines this counter usually serves come first in the list. */
  lines = $derived(linesFor(this.services, this.counter));
  recalled = $derived(this.current ? (this.recalls[this.current.id] ?? 0) : 0);
  can = $derived(abilities(this.current, this.status, !!this.line, this.recalled));
  /** Who provides the service of the ticket (else of the line): the work order's owner to start with. */
  provider = $derived(
    this.services?.find((s) => s.id === (this.current?.service.id ?? this.serviceId))?.provider ?? '',
  );
  letter = $derived(this.services?.find((s) => s.id === this.serviceId)?.letter ?? 'A');

  loading = $state(false);
  /** The line and counter (`serviceId|counterId`) whose state is on screen. */
  loadedFor = $state('');

  /** The state on screen is the chosen line's and counter's: switching to another is not ready until it is loaded. */
  ready = $derived(
    !!this.services && !!this.counters && !!this.serviceId && this.loadedFor === `${this.serviceId}|${this.counterId}`,
  );
  /** Ready, no action on its way and no load either: what a key acts on is what is shown. */
  settled = $derived(this.ready && !this.busy && !this.loading);

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
      this.loadError = errorText(err, t);
      // Keys pressed for a state that could not be shown are not run on a guess.
      this.pending = [];
    },
    loading: (on) => (this.loading = on),
  });

  private readonly actions: Record<Action, (from: Element | null) => void> = {
    call: (from) => this.call(from),
    number: () => this.focusNumber(),
    recall: (from) => this.recall(from),
    start: (from) => this.start(from),
    complete: (from) => this.complete(from),
    workOrder: () => this.askWorkOrder(),
    noShow: () => this.askNoShow(),
  };

  constructor() {
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
        this.notice = null;
        this.actionError = '';
        // Keys pressed for the line or counter left behind are not run on the new one.
        this.pending = [];
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

    // Presses kept while the counter was busy or loading, one at a time, each once the last has settled.
    $effect(() => {
      if (!this.settled || !this.pending.length || this.noShowOpen || this.workOrderOpen) return;
      const [next, ...rest] = this.pending;
      this.pending = rest;
      untrack(() => this.perform(next));
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
      this.loadError = errorText(err, t);
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
  counterChanged = (counterId: string) => {
    this.counterId = counterId;
    this.counterError = '';
    const line = lineForCounter(this.services, this.counters, this.counterId, this.serviceId);
    if (line !== this.serviceId) this.serviceId = line;
  };

  private saveRecall(id: string) {
    this.recalls = countRecall(this.recalls, id, this.line?.nowServing.map((x) => x.id) ?? []);
    try {
      sessionStorage.setItem(RECALLS_KEY, JSON.stringify(this.recalls));
    } catch {
      // Kept in memory only.
    }
  }

  private checkCounter(): boolean {
    this.counterError = this.counter ? '' : t('corner.counter.counterRequired');
    if (this.counterError) document.getElementById('counter-id')?.focus();
    return !this.counterError;
  }

  /**
   * Runs one counter action; afterwards the line is loaded again and focus goes where the next step is
   * (unless it was put elsewhere meanwhile: `from` is where it was when the action was asked for).
   * `explain` may word an error the action knows better (the number asked for).
   */
  private async run(
    action: () => Promise<string | null>,
    focusNext?: () => HTMLElement | undefined,
    explain?: (err: unknown) => string | null,
    from: Element | null = document.activeElement,
  ) {
    if (this.busy) return;
    this.busy = true;
    this.actionError = '';
    this.notice = null;
    let busyAt = false;
    let failed = false;
    try {
      const text = await action();
      this.notice = text ? { text, tone: 'success' } : { text: t('corner.counter.nobodyWaiting'), tone: 'info' };
    } catch (err) {
      failed = true;
      const explained = explain?.(err) ?? null;
      const refusal = refusalOf(err);
      if (explained) {
        this.actionError = explained;
      } else if (refusal === 'counterBusy') {
        // Another tab of this counter called first: its ticket shows once loaded.
        busyAt = true;
      } else if (refusal) {
        this.actionError = t(refusal === 'closed' ? 'corner.counter.closed' : 'corner.counter.takenElsewhere');
      } else {
        this.actionError = errorText(err, t);
      }
    }
    // The state is shown as it is after the action (a load already on its way is followed by a fresh one).
    await this.load();
    if (busyAt) {
      this.actionError = t('corner.counter.counterBusy', {
        values: { counter: this.counter?.name ?? '', code: this.current?.code ?? '' },
      });
    }
    // Keys pressed after it were meant for the state it would have left: not run on another one.
    if (failed && this.pending.length) {
      this.pending = [];
      this.actionError = `${this.actionError} ${t('corner.counter.pendingDropped')}`;
    }
    this.busy = false;
    await tick();
    const target = focusNext?.();
    if (
      target &&
      !(target as HTMLButtonElement).disabled &&
      mayMoveFocus(document.activeElement, from, document.body)
    ) {
      target.focus();
    }
  }

  private call(from?: Element | null) {
    if (!this.checkCounter()) return;
    void this.run(
      async () => {
        const { callNext } = await request(CallNext, {
          input: { serviceId: this.serviceId, counterId: this.counterId },
        });
        return callNext ? t('corner.counter.called', { values: { code: callNext.code } }) : null;
      },
      () => this.startButton,
      undefined,
      from,
    );
  }

  /** Calls the number `text`, with the same rules as calling next. */
  private submitNumber(text: string, from: Element | null) {
    if (!this.checkCounter()) return;
    const parsed = parseNumber(text, this.services, this.serviceId);
    this.numberError =
      'service' in parsed
        ? ''
        : parsed.error === 'invalid'
          ? t('corner.counter.numberInvalid')
          : t('corner.counter.numberNoLine', { values: { letter: parsed.letter } });
    if (!('service' in parsed)) return;
    if (!this.can.call) {
      const why = blockedKey('call', this.current, this.status);
      if (why) this.notice = { text: t(why), tone: 'info' };
      return;
    }
    const code = ticketCode(parsed.service.letter, parsed.number);
    void this.run(
      async () => {
        try {
          const { callNext } = await request(CallNext, {
            input: { serviceId: parsed.service.id, counterId: this.counterId, number: parsed.number },
          });
          // Cleared, unless another number has been typed meanwhile.
          if (this.numberText === text) this.numberText = '';
          return callNext ? t('corner.counter.called', { values: { code: callNext.code } }) : null;
        } catch (err) {
          // Refused: back in the field with the number selected, so what is typed next replaces it.
          this.focusNumber();
          throw err;
        }
      },
      () => (this.current ? this.startButton : this.numberInput),
      (err) => {
        const key = numberRefusalKey(err);
        return key ? t(key, { values: { code } }) : null;
      },
      from,
    );
  }

  /** G: to the 叫指定号 field, its text selected so the next digits replace it. */
  focusNumber = () => {
    this.numberInput?.focus();
    this.numberInput?.select();
  };

  /** recall, start, complete: one step of the ticket at the counter (`send` asks the API for it). */
  private step(
    send: (ticketId: string) => Promise<unknown>,
    done: string,
    focusNext: (() => HTMLElement | undefined) | undefined,
    from: Element | null | undefined,
    after?: (ticket: TicketRef) => void,
  ) {
    const ticket = this.current;
    if (!ticket) return;
    void this.run(
      async () => {
        await send(ticket.id);
        after?.(ticket);
        return t(done, { values: { code: ticket.code } });
      },
      focusNext,
      undefined,
      from,
    );
  }

  private recall(from?: Element | null) {
    this.step(
      (ticketId) => request(RecallTicket, { input: { ticketId } }),
      'corner.counter.recalledNow',
      undefined,
      from,
      (ticket) => this.saveRecall(ticket.id),
    );
  }

  private start(from?: Element | null) {
    this.step(
      (ticketId) => request(StartServing, { input: { ticketId } }),
      'corner.counter.started',
      () => this.completeButton,
      from,
    );
  }

  private complete(from?: Element | null) {
    this.step(
      (ticketId) => request(CompleteTicket, { input: { ticketId } }),
      'corner.counter.completed',
      () => this.callButton,
      from,
    );
  }

  private askNoShow() {
    if (!this.current) return;
    this.noShowTicket = { id: this.current.id, code: this.current.code };
    // What is pressed next is the dialog's answer, not more shortcuts.
    this.pending = [];
    this.noShowOpen = true;
  }

  noShow = () => {
    const ticket = this.noShowTicket;
    if (!ticket) return;
    this.noShowOpen = false;
    void this.run(
      async () => {
        await request(MarkNoShow, { input: { ticketId: ticket.id } });
        return t('corner.counter.markedNoShow', { values: { code: ticket.code } });
      },
      () => this.callButton,
    );
  };

  private askWorkOrder() {
    if (!this.current || this.busy) return;
    this.workOrderTicket = { id: this.current.id, code: this.current.code };
    this.actionError = '';
    // What is typed next belongs in the form, not the shortcuts.
    this.pending = [];
    this.workOrderOpen = true;
  }

  /** The ticket is done with the work order: the counter is free for the next number. */
  workOrderCreated = async (code: string) => {
    this.actionError = '';
    this.notice = { text: t('workOrders.create.created', { values: { code } }), tone: 'success' };
    await this.load();
    await tick();
    this.callButton?.focus();
  };

  /** Does what was pressed, against the state on screen now. */
  private perform(p: Pending) {
    if (p.action === 'callNumber') return this.submitNumber(p.text, p.from);
    if (this.can[p.action]) {
      this.actions[p.action](p.from);
    } else {
      const why = blockedKey(p.action, this.current, this.status);
      if (why) this.notice = { text: t(why), tone: 'info' };
    }
  }

  /**
   * A key, or Enter on a button or in 叫指定号: done now if the counter has settled, else kept
   * (shown next to the messages) and done in turn once it has, against the state then.
   */
  press = (p: Pending) => {
    if (this.settled && !this.pending.length) return this.perform(p);
    this.pending = enqueue(this.pending, p) ?? this.pending;
  };

  /** 叫指定号 submitted (Enter, or the button): the number as typed now, called once the counter has settled. */
  callNumber = () => {
    this.press({ action: 'callNumber', text: this.numberText, from: this.numberInput ?? null });
  };

  /** A key pressed anywhere on the page. */
  shortcut = (event: KeyboardEvent) => {
    if (this.noShowOpen || this.workOrderOpen) return;
    const target = event.target as HTMLElement | null;
    const inField = !!target?.closest('input, select, textarea, dialog, [contenteditable="true"]');
    const action = shortcutFor(event, inField);
    if (!action) return;
    event.preventDefault();
    // G only moves the focus: at once, so the digits typed next go into the field whatever is on its way.
    if (action === 'number') return this.focusNumber();
    this.press({ action, from: document.activeElement });
  };
}
