import { randomUUID } from 'node:crypto';
import {
  BeforeCreate,
  BeforeUpdate,
  Check,
  Entity,
  Filter,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Building, Community } from '../community/index.js';
import { nameKeys } from './pinyin.js';

@ObjectType()
@Entity()
@Filter(tenantFilter)
// One phone per resident living here; one who moved away keeps theirs in the history.
@Unique({
  name: 'resident_phone_unique',
  expression:
    'create unique index "resident_phone_unique" on "resident" ("community_id", "phone") where "moved_away_at" is null',
})
@Index({ properties: ['community', 'name'] })
@Check({ name: 'resident_pin_failures_range', expression: 'pin_failures >= 0' })
@Check({ name: 'resident_phone_format', expression: "phone ~ '^1[0-9]{10}$'" })
@Check({ name: 'resident_phone2_format', expression: "phone2 ~ '^1[0-9]{10}$'" })
@Check({ name: 'resident_unit_positive', expression: 'unit > 0' })
@Check({
  name: 'resident_erased_anonymous',
  expression: 'erased_at IS NULL OR (phone IS NULL AND phone2 IS NULL AND birth_date IS NULL AND notes IS NULL)',
})
export class Resident {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @ManyToOne(() => Building)
  building!: Rel<Building>;

  /** Unit (单元) within the building, from 1. A household is (building, unit, room). */
  @Field(() => Int)
  @Property({ type: 'integer' })
  unit: number = 1;

  /** Room within the unit, e.g. "302". */
  @Field()
  @Property({ type: 'text' })
  room!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  /** Pinyin initials of the name (张秀英 → zxy), for search; kept by the entity itself. */
  @Property({ type: 'text' })
  nameInitials: string = '';

  /** Full pinyin of the name without tones or spaces (zhangxiuying), for search. */
  @Property({ type: 'text' })
  namePinyin: string = '';

  /** The phone the resident signs in with; none once erased. */
  @Property({ type: 'text', nullable: true })
  phone!: string | null;

  /** A second number (a child's, a carer's), to reach the resident. */
  @Property({ type: 'text', nullable: true })
  phone2: string | null = null;

  /** YYYY-MM-DD; none when unknown or erased. */
  @Property({ type: 'date', nullable: true })
  birthDate!: string | null;

  @Field()
  @Property({ type: 'boolean' })
  livesAlone: boolean = false;

  @Field()
  @Property({ type: 'boolean' })
  limitedMobility: boolean = false;

  @Property({ type: 'text', nullable: true, hidden: true })
  pinHash: string | null = null;

  /** What staff need to know to help (stairs, hearing, who to call); no ID numbers. */
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  /** Printed on the resident card as a QR code. Unique across all communities; none: no card. */
  @Property({ type: 'text', nullable: true, unique: true, hidden: true })
  cardCode: string | null = null;

  /** The hash of a one-time PIN set-up code staff issued, and until when it works. */
  @Property({ type: 'text', nullable: true, hidden: true })
  pinSetupHash: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  pinSetupExpiresAt: Date | null = null;

  @Property({ type: 'integer' })
  pinFailures: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  pinLockedUntil: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Moved away: kept for history, off every list, signed in nowhere. */
  @Property({ type: 'timestamptz', nullable: true })
  movedAwayAt: Date | null = null;

  /** Erased on the resident's request (PIPL): personal fields gone, history kept under the id. */
  @Property({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null = null;

  /** Optimistic version: an edit names the version it started from. */
  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @BeforeCreate()
  @BeforeUpdate()
  keepNameKeys(): void {
    const keys = nameKeys(this.name);
    this.nameInitials = keys.initials;
    this.namePinyin = keys.pinyin;
  }

  /** Age in whole years on `on` (a YYYY-MM-DD date in the community's time zone). */
  ageOn(on: string): number | null {
    if (!this.birthDate) return null;
    const [by, bm, bd] = this.birthDate.split('-').map(Number);
    const [y, m, d] = on.split('-').map(Number);
    return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  }
}
