import { tick, untrack } from 'svelte';
import { get } from 'svelte/store';
import { _ } from 'svelte-i18n';
import { CallNext, CompleteTicket, MarkNoShow, RecallTicket, StartServing } from '$lib/corner-operations';
import { errorText } from '$lib/errors';
import type { Translate } from '@linli/ui';
import { request } from '$lib/session.svelte';
import { enqueue, mayMoveFocus, shortcutFor, type Action, type Pending } from './desk-keys';
import {
  abilities,
  blockedKey,
  countRecall,
  numberRefusalKey,
  parseNumber,
  readRecalls,
  refusalOf,
  ticketCode,
  type Recalls,
} from './desk-model';
import { DeskView } from './desk-view.svelte';

/** A ticket a dialog is about, fixed when it opens. */
export type TicketRef = { id: string; code: string };
export type Notice = { text: string; tone: 'success' | 'info' };

const RECALLS_KEY = 'linli.admin.corner.recalls';

/** The console's messages in the language chosen now. */
const t: Translate = (key, options) => get(_)(key, options);

/**
 * The staff's desk at work: the actions (call, 叫指定号, recall, start, complete, no-show,
 * work order), run one at a time against what the view shows, with their messages and where the
 * focus goes next; and the keys pressed while one is on its way, kept and run in turn once the
 * desk has settled. Made while the page is set up.
 */
export class DeskAtWork {
  /** What the desk shows, kept fresh. */
  readonly view: DeskView = new DeskView({
    onswitch: () => {
      this.notice = null;
      this.actionError = '';
      // Keys pressed for the line or desk left behind are not run on the new one.
      this.pending = [];
    },
    // Keys pressed for a state that could not be shown are not run on a guess.
    onfail: () => (this.pending = []),
  });

  deskError = $state('');
  busy = $state(false);
  /** Presses (keys, Enter on a button or in 叫指定号) made while the desk was not settled: run in turn once it is. */
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

  /** What is typed into 叫指定号: "12" or "A012". */
  numberText = $state('');
  numberError = $state('');
  numberInput = $state<HTMLInputElement>();

  callButton = $state<HTMLButtonElement>();
  startButton = $state<HTMLButtonElement>();
  completeButton = $state<HTMLButtonElement>();

  recalled = $derived(this.view.current ? (this.recalls[this.view.current.id] ?? 0) : 0);
  can = $derived(abilities(this.view.current, this.view.status, !!this.view.line, this.recalled));
  /** Ready, no action on its way and no load either: what a key acts on is what is shown. */
  settled = $derived(this.view.ready && !this.busy && !this.view.loading);

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
    // Presses kept while the desk was busy or loading, one at a time, each once the last has settled.
    $effect(() => {
      if (!this.settled || !this.pending.length || this.noShowOpen || this.workOrderOpen) return;
      const [next, ...rest] = this.pending;
      this.pending = rest;
      untrack(() => this.perform(next));
    });
  }

  /** Another desk chosen: go to its usual line, unless the current one is among them. */
  deskChanged = (deskId: string) => {
    this.view.chooseDesk(deskId);
    this.deskError = '';
  };

  private saveRecall(id: string) {
    this.recalls = countRecall(this.recalls, id, this.view.line?.nowServing.map((x) => x.id) ?? []);
    try {
      sessionStorage.setItem(RECALLS_KEY, JSON.stringify(this.recalls));
    } catch {
      // Kept in memory only.
    }
  }

  private checkDesk(): boolean {
    this.deskError = this.view.desk ? '' : t('corner.desk.deskRequired');
    if (this.deskError) document.getElementById('desk-id')?.focus();
    return !this.deskError;
  }

  /**
   * Runs one desk action; afterwards the line is loaded again and focus goes where the next step is
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
      this.notice = text ? { text, tone: 'success' } : { text: t('corner.desk.nobodyWaiting'), tone: 'info' };
    } catch (err) {
      failed = true;
      const explained = explain?.(err) ?? null;
      const refusal = refusalOf(err);
      if (explained) {
        this.actionError = explained;
      } else if (refusal === 'deskBusy') {
        // Another tab of this desk called first: its ticket shows once loaded.
        busyAt = true;
      } else if (refusal) {
        this.actionError = t(refusal === 'closed' ? 'corner.desk.closed' : 'corner.desk.takenElsewhere');
      } else {
        this.actionError = errorText(err, t);
      }
    }
    // The state is shown as it is after the action (a load already on its way is followed by a fresh one).
    await this.view.load();
    if (busyAt) {
      this.actionError = t('corner.desk.deskBusy', {
        values: { desk: this.view.desk?.name ?? '', code: this.view.current?.code ?? '' },
      });
    }
    // Keys pressed after it were meant for the state it would have left: not run on another one.
    if (failed && this.pending.length) {
      this.pending = [];
      this.actionError = `${this.actionError} ${t('corner.desk.pendingDropped')}`;
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
    if (!this.checkDesk()) return;
    void this.run(
      async () => {
        const { callNext } = await request(CallNext, {
          input: { offeringId: this.view.offeringId, deskId: this.view.deskId },
        });
        return callNext ? t('corner.desk.called', { values: { code: callNext.code } }) : null;
      },
      () => this.startButton,
      undefined,
      from,
    );
  }

  /** Calls the number `text`, with the same rules as calling next. */
  private submitNumber(text: string, from: Element | null) {
    if (!this.checkDesk()) return;
    const parsed = parseNumber(text, this.view.offerings, this.view.offeringId);
    this.numberError =
      'offering' in parsed
        ? ''
        : parsed.error === 'invalid'
          ? t('corner.desk.numberInvalid')
          : t('corner.desk.numberNoLine', { values: { letter: parsed.letter } });
    if (!('offering' in parsed)) return;
    if (!this.can.call) {
      const why = blockedKey('call', this.view.current, this.view.status);
      if (why) this.notice = { text: t(why), tone: 'info' };
      return;
    }
    const code = ticketCode(parsed.offering.letter, parsed.number);
    void this.run(
      async () => {
        try {
          const { callNext } = await request(CallNext, {
            input: { offeringId: parsed.offering.id, deskId: this.view.deskId, number: parsed.number },
          });
          // Cleared, unless another number has been typed meanwhile.
          if (this.numberText === text) this.numberText = '';
          return callNext ? t('corner.desk.called', { values: { code: callNext.code } }) : null;
        } catch (err) {
          // Refused: back in the field with the number selected, so what is typed next replaces it.
          this.focusNumber();
          throw err;
        }
      },
      () => (this.view.current ? this.startButton : this.numberInput),
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

  /** recall, start, complete: one step of the ticket at the desk (`send` asks the API for it). */
  private step(
    send: (ticketId: string) => Promise<unknown>,
    done: string,
    focusNext: (() => HTMLElement | undefined) | undefined,
    from: Element | null | undefined,
    after?: (ticket: TicketRef) => void,
  ) {
    const ticket = this.view.current;
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
      'corner.desk.recalledNow',
      undefined,
      from,
      (ticket) => this.saveRecall(ticket.id),
    );
  }

  private start(from?: Element | null) {
    this.step(
      (ticketId) => request(StartServing, { input: { ticketId } }),
      'corner.desk.started',
      () => this.completeButton,
      from,
    );
  }

  private complete(from?: Element | null) {
    this.step(
      (ticketId) => request(CompleteTicket, { input: { ticketId } }),
      'corner.desk.completed',
      () => this.callButton,
      from,
    );
  }

  private askNoShow() {
    if (!this.view.current) return;
    this.noShowTicket = { id: this.view.current.id, code: this.view.current.code };
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
        return t('corner.desk.markedNoShow', { values: { code: ticket.code } });
      },
      () => this.callButton,
    );
  };

  private askWorkOrder() {
    if (!this.view.current || this.busy) return;
    this.workOrderTicket = { id: this.view.current.id, code: this.view.current.code };
    this.actionError = '';
    // What is typed next belongs in the form, not the shortcuts.
    this.pending = [];
    this.workOrderOpen = true;
  }

  /** The ticket is done with the work order: the desk is free for the next number. */
  workOrderCreated = async (code: string) => {
    this.actionError = '';
    this.notice = { text: t('workOrders.create.created', { values: { code } }), tone: 'success' };
    await this.view.load();
    await tick();
    this.callButton?.focus();
  };

  /** Does what was pressed, against the state on screen now. */
  private perform(p: Pending) {
    if (p.action === 'callNumber') return this.submitNumber(p.text, p.from);
    if (this.can[p.action]) {
      this.actions[p.action](p.from);
    } else {
      const why = blockedKey(p.action, this.view.current, this.view.status);
      if (why) this.notice = { text: t(why), tone: 'info' };
    }
  }

  /**
   * A key, or Enter on a button or in 叫指定号: done now if the desk has settled, else kept
   * (shown next to the messages) and done in turn once it has, against the state then.
   */
  press = (p: Pending) => {
    if (this.settled && !this.pending.length) return this.perform(p);
    this.pending = enqueue(this.pending, p) ?? this.pending;
  };

  /** 叫指定号 submitted (Enter, or the button): the number as typed now, called once the desk has settled. */
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
