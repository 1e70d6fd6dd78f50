import { untrack } from 'svelte';
import { fromStore } from 'svelte/store';
import { page } from '$app/state';
import { _ } from 'svelte-i18n';
import { ApiError, NETWORK_ERROR } from '@linli/client';
import { BookableOpenings, BookOffering, ChangeBooking, CornerOverview, MyBookings } from '$lib/corner-operations';
import { errorText } from '$lib/errors';
import { kiosk } from '$lib/kiosk.svelte';
import type { BookableOpeningsQuery, CornerOverviewQuery } from '$gql/graphql';
import {
  PROBLEM_SEPARATOR,
  commonProblems,
  newIdempotencyKey,
  signInAgain,
  signedOut,
  splitProblem,
  type Booking,
} from '../../../corner';
import { confirmFailure, isCurrent, offered, problemFor, stillChosen, toggleProblem, type Step } from './booking-steps';

export type Offering = CornerOverviewQuery['offerings'][number];
export type Bookable = BookableOpeningsQuery['bookableOpenings'][number];
/** What went wrong on confirm, and the ways on it offers. */
export type FlowError = { text: string; retry: boolean; toMine: boolean };

/** The kiosk's messages in the language chosen now (tracked where read in a derived). */
const messages = fromStore(_);

/**
 * Booking an offering in three steps (an opening, the problem, confirm), or changing a booking
 * in the same three: /corner/book/<offering>/<booking>. Made while the page is set up; it
 * starts afresh whenever the offering, the booking or the resident changes.
 */
export class BookingFlow {
  offeringId = $derived(page.params.offeringId ?? '');
  /** The booking being changed, if any. */
  changeId = $derived(page.params.bookingId ?? null);

  offering = $state<Offering | null>(null);
  openings = $state<Bookable[]>([]);
  loading = $state(true);
  loadError = $state('');

  step = $state<Step>('opening');
  chosen = $state<Bookable | null>(null);
  /** Keys of the common problems picked, in the order shown. */
  picked = $state<string[]>([]);
  other = $state('');
  homeVisit = $state(false);

  busy = $state(false);
  error = $state<FlowError | null>(null);
  booked = $state<Booking | null>(null);
  /** The booking being changed, as it was when the page opened. */
  original = $state<Booking | null>(null);
  /** One key per confirm intent: kept after an unanswered request so the retry cannot book twice. */
  private intentKey: string | null = null;

  /** The resident may ask for a home visit. */
  eligible = $derived(kiosk.resident?.limitedMobility === true);
  problems = $derived(this.offering ? commonProblems(this.offering.name) : []);
  /** What the provider reads: the picked common problems in Chinese, then the resident's words. */
  problem = $derived(
    problemFor(
      this.picked,
      this.other,
      (k) => messages.current(`corner.booking.problems.${k}`, { locale: 'zh-CN' }),
      PROBLEM_SEPARATOR,
    ),
  );

  constructor() {
    $effect(() => {
      if (!this.offeringId || !kiosk.resident) return;
      void this.changeId;
      untrack(() => {
        this.step = 'opening';
        this.chosen = null;
        this.picked = [];
        this.other = '';
        this.homeVisit = false;
        this.booked = null;
        this.original = null;
        this.error = null;
        this.intentKey = null;
        void this.load();
      });
    });
  }

  private async loadOpenings(id: string) {
    const found = (await kiosk.client.request(BookableOpenings, { offeringId: id })).bookableOpenings;
    this.openings = offered(found, this.original);
    // A chosen opening that filled up meanwhile is no longer a choice.
    const kept = stillChosen(this.chosen, this.openings, this.original);
    if (kept !== this.chosen) this.chosen = kept;
  }

  /** The booking to change, and its choices preset. False when it cannot be changed any more. */
  private async loadOriginal(id: string, offeringName: string): Promise<boolean> {
    const mine = (await kiosk.client.request(MyBookings)).myBookings;
    const b = mine.find((x) => x.id === id && x.status === 'BOOKED');
    if (!b) return false;
    this.original = b;
    const split = splitProblem(b.problem, offeringName, messages.current);
    this.picked = split.picked;
    this.other = split.other;
    this.homeVisit = b.homeVisit;
    return true;
  }

  load = async () => {
    const id = this.offeringId;
    const change = this.changeId;
    this.loading = true;
    this.loadError = '';
    try {
      const overview = await kiosk.client.request(CornerOverview);
      this.offering = overview.offerings.find((s) => s.id === id) ?? null;
      if (change && this.offering && !(await this.loadOriginal(change, this.offering.name))) {
        this.loadError = messages.current('corner.booking.changeNotFound');
        return;
      }
      await this.loadOpenings(id);
      if (this.original) this.chosen = this.openings.find((b) => isCurrent(b, this.original)) ?? null;
    } catch (err) {
      if (signedOut(err)) kiosk.sessionExpired();
      else this.loadError = errorText(err, messages.current);
    } finally {
      this.loading = false;
    }
  };

  go = (next: Step) => {
    this.error = null;
    // Anything changed after a failed confirm is a new intent.
    this.intentKey = null;
    this.step = next;
  };

  choose = (b: Bookable) => {
    if (b.placesLeft <= 0 && !isCurrent(b, this.original)) return;
    this.chosen = b;
    this.go('problem');
  };

  toggle = (key: string) => {
    this.picked = toggleProblem(this.picked, key, this.problems);
  };

  confirm = async () => {
    if (this.busy || !this.chosen || !this.offering) return; // a double tap sends one request
    this.error = null;
    this.busy = true;
    try {
      if (this.original) {
        // A change says what the booking should be: sending it again changes nothing (no key).
        const { changeBooking } = await kiosk.client.request(ChangeBooking, {
          bookingId: this.original.id,
          openingId: this.chosen.opening.id,
          problem: this.problem,
          homeVisit: this.eligible && this.homeVisit,
        });
        this.booked = changeBooking;
      } else {
        this.intentKey ??= newIdempotencyKey();
        const { bookOffering } = await kiosk.client.request(BookOffering, {
          offeringId: this.offering.id,
          openingId: this.chosen.opening.id,
          problem: this.problem,
          homeVisit: this.eligible && this.homeVisit,
          idempotencyKey: this.intentKey,
        });
        this.booked = bookOffering;
      }
      this.intentKey = null;
      this.step = 'done';
    } catch (err) {
      await this.failed(err);
    } finally {
      this.busy = false;
    }
  };

  private async failed(err: unknown) {
    const unreachable = err instanceof ApiError && err.code === NETWORK_ERROR;
    const outcome = confirmFailure(unreachable, err instanceof ApiError ? err.reason : undefined);
    // Only an unanswered request may have booked; anything else starts a new intent.
    if (!outcome.keepIntent) this.intentKey = null;
    if (signedOut(err)) return signInAgain();
    const text = errorText(err, messages.current);
    if (outcome.backToOpenings) {
      // Show the places as they are now and let them choose again.
      await this.loadOpenings(this.offering?.id ?? this.offeringId).catch(() => undefined);
      this.step = 'opening';
      this.error = { text, retry: false, toMine: false };
      return;
    }
    if (outcome.dropHomeVisit) this.homeVisit = false;
    this.error = { text, retry: outcome.retry, toMine: outcome.toMine };
  }
}
