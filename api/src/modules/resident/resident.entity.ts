import { randomUUID } from 'node:crypto';
import { Check, Entity, Filter, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Building, Community } from '../community/index.js';

@ObjectType()
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'phone'] })
@Index({ properties: ['community', 'name'] })
@Check({ name: 'resident_pin_failures_range', expression: 'pin_failures >= 0' })
@Check({ name: 'resident_phone_format', expression: "phone ~ '^1[0-9]{10}$'" })
export class Resident {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @ManyToOne(() => Building)
  building!: Rel<Building>;

  /** Room within the building, e.g. "302". */
  @Field()
  @Property({ type: 'text' })
  room!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  phone!: string;

  @Property({ type: 'date' })
  birthDate!: string;

  @Field()
  @Property({ type: 'boolean' })
  livesAlone: boolean = false;

  @Field()
  @Property({ type: 'boolean' })
  limitedMobility: boolean = false;

  @Property({ type: 'text', nullable: true, hidden: true })
  pinHash: string | null = null;

  /** Printed on the resident card as a QR code. Unique across all communities. */
  @Property({ type: 'text', unique: true, hidden: true })
  cardCode!: string;

  @Property({ type: 'integer' })
  pinFailures: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  pinLockedUntil: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Age in whole years on `on` (a YYYY-MM-DD date in the community's time zone). */
  ageOn(on: string): number {
    const [by, bm, bd] = this.birthDate.split('-').map(Number);
    const [y, m, d] = on.split('-').map(Number);
    return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  }
}
