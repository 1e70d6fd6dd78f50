import { onMount } from 'svelte';
import { get } from 'svelte/store';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { _ } from 'svelte-i18n';
import { ApiError } from '@linli/client';
import { coalesced } from '@linli/ui';
import {
  CancelBooking,
  CancelMyTicket,
  CheckIn,
  DismissBooking,
  MyBookings,
  MyTickets,
  QueueChanged,
} from '$lib/corner-operations';
import { errorText } from '$lib/errors';
import { kiosk } from '$lib/kiosk.svelte';
import { signInAgain, signedOut, type Booking, type Ticket } from '../corner';
import { ticketInLine } from './mine-lists';

/** A message over the page: what was done, or what went wrong (with the way to a number). */
export type Message = { kind: 'error' | 'info'; text: string; ticketId?: string };
/** The number or booking the resident asked to cancel. */
export type Cancelling = { ticket: Ticket } | { booking: Booking };

/** The kiosk's messages in the language chosen now. */
const t = (key: string, options?: { values?: Record<string, string | number> }) => get(_)(key, options);

/**
 * 我的排号和预约: the resident's numbers and bookings, loaded again whenever a line changes;
 * leaving a line, cancelling, checking in and putting away a closed day's notice. Made while
 * the page is set up.
 */
export class MineView {
  tickets = $state<Ticket[]>([]);
  bookings = $state<Booking[]>([]);
  loading = $state(true);
  loadError = $state('');
  /** Ticks so "check in" appears when a booked opening opens while the screen is up. */
  now = $state(Date.now());
  /** The page of each list on screen (three to a page). */
  ticketPage = $state(0);
  bookingPage = $state(0);

  message = $state<Message | null>(null);
  /** The number or booking the resident asked to cancel, waiting for their yes. */
  confirming = $state<Cancelling | null>(null);
  cancelling = $state(false);
  cancelError = $state('');
  /** The booking being checked in; every check-in button waits meanwhile. */
  checkingIn = $state<string | null>(null);
  /** The closed-day notice being put away. */
  dismissing = $state<string | null>(null);

  /** Loads both lists; asked again while loading, once more afterwards. */
  refresh = coalesced(() => this.loadMine());

  constructor() {
    onMount(() => {
      void this.refresh();
      const tick = setInterval(() => (this.now = Date.now()), 20_000);
      // A line's change may move one of my numbers: load them again, no polling.
      const stop = kiosk.client.subscribe(
        QueueChanged,
        { offeringId: null },
        { next: () => void this.refresh(), resync: () => void this.refresh() },
      );
      return () => {
        clearInterval(tick);
        stop();
      };
    });
  }

  private async loadMine() {
    if (!kiosk.resident) return;
    try {
      const [mine, held] = await Promise.all([kiosk.client.request(MyTickets), kiosk.client.request(MyBookings)]);
      this.tickets = mine.myTickets;
      this.bookings = held.myBookings;
      this.loadError = '';
    } catch (err) {
      if (signedOut(err)) kiosk.sessionExpired();
      else this.loadError = errorText(err, t);
    } finally {
      this.loading = false;
    }
  }

  askCancel = (what: Cancelling) => {
    this.cancelError = '';
    this.message = null;
    this.confirming = what;
  };

  cancel = async () => {
    const what = this.confirming;
    if (!what || this.cancelling) return;
    this.cancelling = true;
    this.cancelError = '';
    try {
      if ('ticket' in what) {
        await kiosk.client.request(CancelMyTicket, { ticketId: what.ticket.id });
        this.message = { kind: 'info', text: t('corner.cancelled', { values: { code: what.ticket.code } }) };
      } else {
        await kiosk.client.request(CancelBooking, { bookingId: what.booking.id });
        this.message = {
          kind: 'info',
          text: t('corner.booking.cancelled', { values: { offering: what.booking.offering.name } }),
        };
      }
      this.confirming = null;
      await this.refresh();
    } catch (err) {
      if (signedOut(err)) {
        this.confirming = null;
        return await signInAgain();
      }
      this.cancelError = errorText(err, t);
      // TICKET_STATE / BOOKING_STATE: called, checked in or cancelled meanwhile; show how it stands now.
      await this.refresh();
    } finally {
      this.cancelling = false;
    }
  };

  /**
   * "知道了": the notice of a closed day leaves the list (it also goes by itself once that day
   * is over). Nothing to confirm: the booking was cancelled already.
   */
  dismiss = async (b: Booking) => {
    if (this.dismissing) return;
    this.message = null;
    this.dismissing = b.id;
    try {
      await kiosk.client.request(DismissBooking, { bookingId: b.id });
      await this.refresh();
    } catch (err) {
      if (signedOut(err)) return await signInAgain();
      this.message = { kind: 'error', text: errorText(err, t) };
      await this.refresh();
    } finally {
      this.dismissing = null;
    }
  };

  checkIn = async (b: Booking) => {
    if (this.checkingIn) return; // a double tap sends one request (the server also keys it by booking)
    this.message = null;
    this.checkingIn = b.id;
    try {
      const { checkIn: ticket } = await kiosk.client.request(CheckIn, { bookingId: b.id });
      await goto(resolve(`/corner/ticket/${ticket.id}`));
    } catch (err) {
      if (signedOut(err)) return await signInAgain();
      const reason = err instanceof ApiError ? err.reason : undefined;
      await this.refresh();
      this.message = {
        kind: 'error',
        text: errorText(err, t),
        ticketId: ticketInLine(reason, this.tickets, b.offering.id),
      };
    } finally {
      this.checkingIn = null;
    }
  };
}
