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

/** A byte-order index on the community's residents by one search column. */
const SEARCH_INDEX = (column: string) =>
  `create index "resident_search_${column}" on "resident" ("community_id", "${column}" collate "C")`;

@ObjectType()
@Entity()
@Filter(tenantFilter)
// One phone per resident living here; one who moved away keeps theirs in the history.
@Unique({
  name: 'resident_phone_unique',
  expression:
    'create unique index "resident_phone_unique" on "resident" ("community_id", "phone") where "moved_away_at" is null',
})
// Search (resident.sql.ts). Row-level security lets only leakproof operators use an index, so
// every search is an equality or a byte-order range (COLLATE "C"), never LIKE: a name's start,
// its given name's start, its end (reversed), pinyin initials and pinyin, a phone's start and
// its tail (reversed), a household, a birth date.
@Index({ name: 'resident_search_name', expression: SEARCH_INDEX('name') })
@Index({ name: 'resident_search_name_given', expression: SEARCH_INDEX('name_given') })
@Index({ name: 'resident_search_name_reversed', expression: SEARCH_INDEX('name_reversed') })
@Index({ name: 'resident_search_name_initials', expression: SEARCH_INDEX('name_initials') })
@Index({ name: 'resident_search_name_pinyin', expression: SEARCH_INDEX('name_pinyin') })
@Index({ name: 'resident_search_phone', expression: SEARCH_INDEX('phone') })
@Index({ name: 'resident_search_phone_reversed', expression: SEARCH_INDEX('phone_reversed') })
@Index({
  name: 'resident_household',
  expression:
    'create index "resident_household" on "resident" ("community_id", "building_id", "unit", "room" collate "C")',
})
@Index({ properties: ['community', 'birthDate'] })
// "80+ living alone", the list staff visit from: a few percent of a community.
@Index({
  name: 'resident_alone_birth_date',
  expression:
    'create index "resident_alone_birth_date" on "resident" ("community_id", "birth_date") where lives_alone and moved_away_at is null',
})
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

  /** The name without its first character (张秀英 → 秀英), for search; kept by the database. */
  @Property({ type: 'text', generated: '(substr(name, 2)) stored', hidden: true })
  nameGiven?: string;

  /** The name backwards (张秀英 → 英秀张), for searching its end; kept by the database. */
  @Property({ type: 'text', generated: '(reverse(name)) stored', hidden: true })
  nameReversed?: string;

  /** The phone backwards, for searching its tail; kept by the database. */
  @Property({ type: 'text', nullable: true, generated: '(reverse(phone)) stored', hidden: true })
  phoneReversed?: string | null;

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
