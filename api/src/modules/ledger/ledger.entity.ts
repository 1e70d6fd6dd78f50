import { randomUUID } from 'node:crypto';
import { Check, Entity, Filter, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';
import { Resident } from '../resident/index.js';

/**
 * A resident's account of one kind (`POINTS`; the time bank's `HOURS` later), in whole units.
 * `balance` is written by the database alone: inserting an entry moves it (trigger
 * `ledger_entry_apply`, migration `ledger`), a CHECK keeps it ≥ 0, and any other UPDATE is
 * refused, so it always equals the sum of the account's entries.
 */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'kind', 'resident'] })
@Check({ name: 'ledger_account_balance_not_negative', expression: 'balance >= 0' })
@Check({ name: 'ledger_account_kind_code', expression: "kind ~ '^[A-Z][A-Z_]{1,19}$'" })
export class LedgerAccount {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @Property({ type: 'text' })
  kind!: string;

  @ManyToOne(() => Resident)
  resident!: Rel<Resident>;

  @Property({ type: 'bigint', defaultRaw: '0' })
  balance: string = '0';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * One movement on an account: never updated, never deleted (the database refuses both), a
 * correction is a new entry reversing an old one. `balanceAfter` is the account's balance once
 * this entry applied, set by the database.
 */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'idempotencyKey'] })
@Index({ properties: ['account', 'seq'] })
@Index({ properties: ['community', 'at'] })
@Check({ name: 'ledger_entry_amount_not_zero', expression: 'amount <> 0' })
@Check({ name: 'ledger_entry_balance_after_not_negative', expression: 'balance_after >= 0' })
@Check({ name: 'ledger_entry_reason_code', expression: "reason ~ '^[A-Z][A-Z_]{1,39}$'" })
@Check({
  name: 'ledger_entry_key_length',
  expression: 'length(idempotency_key) >= 1 and length(idempotency_key) <= 200',
})
export class LedgerEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Order of posting (a sequence across the table): an account's history sorts by it. */
  @Property({ type: 'bigint', autoincrement: true, unique: true })
  seq!: string;

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @ManyToOne(() => LedgerAccount)
  account!: Rel<LedgerAccount>;

  /** Units in (positive) or out (negative), never 0. */
  @Property({ type: 'bigint' })
  amount!: string;

  @Property({ type: 'bigint' })
  balanceAfter!: string;

  /** Why, as a code of the module that posted it (`MEETING_ATTENDED`, `REWARD_REDEEMED`, …). */
  @Property({ type: 'text' })
  reason!: string;

  /** What it is for: the meeting, the volunteer shift, the voucher (kind + id). */
  @Property({ type: 'text', nullable: true })
  sourceKind: string | null = null;

  @Property({ type: 'text', nullable: true })
  sourceId: string | null = null;

  /** What the history shows beside the reason (a meeting's title, a reward's name, a note). */
  @Property({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null = null;

  /** The staff member who recorded it (none: the resident's own action or the system's). */
  @Property({ type: 'uuid', nullable: true })
  recordedBy: string | null = null;

  /** The entry this one reverses (at most one reversal each). */
  @ManyToOne(() => LedgerEntry, { nullable: true, unique: true })
  reverses: Rel<LedgerEntry> | null = null;

  /** One posting per key: the same key again is the same posting. */
  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();
}
