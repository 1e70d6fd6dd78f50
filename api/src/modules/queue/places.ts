import type { EntityManager } from '@mikro-orm/postgresql';
import { row, rows } from '../../platform/sql.js';
import { ensureLine } from './queue.service.js';
import {
  GIVE_BACK_PLACES,
  LINE_ID,
  LOCK_LINES,
  PLACES,
  RESERVE_PLACE,
  RESERVE_PLACE_IN,
  SET_CAPACITY,
  type PlacesRow,
} from './queue.sql.js';

/**
 * Places booked ahead in the queue's lines: what the booking module asks of the queue, inside
 * its own transactions. A line's `booked` never exceeds its capacity and never drops below zero
 * (a CHECK), and every change bumps the line's version and publishes it with the change.
 */
export const Places = {
  /**
   * Reserves a place in the offering's line of an opening (made on first use), while it has one:
   * the line's id, or null when it is full.
   */
  async reserve(em: EntityManager, openingId: string, offeringId: string): Promise<string | null> {
    await ensureLine(em, openingId, offeringId);
    const line = await row(em, RESERVE_PLACE, { opening: openingId, offering: offeringId });
    return line?.id ?? null;
  },

  /** Reserves a place in a line known by its id (see `line`), while it has one: false when full. */
  async reserveIn(em: EntityManager, lineId: string): Promise<boolean> {
    return !!(await row(em, RESERVE_PLACE_IN, { line: lineId }));
  },

  /** Gives places back: `n` places to each line. Resolves to the places given back. */
  async giveBack(em: EntityManager, places: Array<{ line: string; n: number }>): Promise<number> {
    if (!places.length) return 0;
    const done = await row(em, GIVE_BACK_PLACES, { places: JSON.stringify(places) });
    return done?.n ?? 0;
  },

  /** The line of an offering in an opening (made on first use). */
  async line(em: EntityManager, openingId: string, offeringId: string): Promise<string> {
    await ensureLine(em, openingId, offeringId);
    return (await row(em, LINE_ID, { opening: openingId, offering: offeringId }))!.id;
  },

  /** Locks lines in one order (by id), so two bookings moving between them cannot deadlock. */
  async lock(em: EntityManager, lineIds: string[]): Promise<void> {
    await rows(em, LOCK_LINES, { ids: lineIds });
  },

  /** The places booked in the lines of these openings (lines not made yet have none). */
  async of(em: EntityManager, openingIds: string[]): Promise<PlacesRow[]> {
    return openingIds.length ? rows(em, PLACES, { openings: openingIds }) : [];
  },

  /**
   * Sets (or, with null, clears) one opening's capacity for an offering; null when more places
   * are booked than that (nothing changes then).
   */
  async setCapacity(
    em: EntityManager,
    openingId: string,
    offeringId: string,
    capacity: number | null,
  ): Promise<{ booked: number; capacity: number | null } | null> {
    await ensureLine(em, openingId, offeringId);
    return (await row(em, SET_CAPACITY, { opening: openingId, offering: offeringId, capacity })) ?? null;
  },
};
