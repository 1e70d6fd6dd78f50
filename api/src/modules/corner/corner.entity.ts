import { randomUUID } from 'node:crypto';
import {
  Check,
  Collection,
  Entity,
  Filter,
  ManyToMany,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';

/** One of the corner's offerings (修锁配钥匙, 理发 …), with its own queue line letter. */
@ObjectType({ description: 'One of the service corner’s offerings (修锁配钥匙, 理发 …)' })
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'letter'] })
@Check({ name: 'offering_letter', expression: "letter ~ '^[A-Z]$'" })
@Check({ name: 'offering_capacity', expression: 'booking_capacity >= 0' })
export class Offering {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  /** The ticket prefix of this offering's line, e.g. "A" for A012. */
  @Field()
  @Property({ type: 'text' })
  letter!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'Who provides it, e.g. the visiting locksmith' })
  @Property({ type: 'text' })
  provider: string = '';

  @Field(() => Int, { description: 'Minutes a visit usually takes, until there is history to estimate from' })
  @Property({ type: 'integer' })
  typicalMinutes: number = 10;

  @Field(() => Int, { description: 'Bookings taken per opening' })
  @Property({ type: 'integer' })
  bookingCapacity: number = 8;

  @Field()
  @Property({ type: 'boolean' })
  active: boolean = true;
}

/** The corner open on one day (Wed and Sat 9:00–12:00 by default). */
@ObjectType({ description: 'The service corner open on one day (开放日)' })
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'startsAt'] })
@Check({ name: 'opening_order', expression: 'ends_at > starts_at' })
export class Opening {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @Field()
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Field()
  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Field({ description: 'A holiday or cancelled opening' })
  @Property({ type: 'boolean' })
  cancelled: boolean = false;
}

/**
 * A desk (窗口) of the corner, e.g. "1号台". Calls are made from a desk, and a desk has at most
 * one ticket called or being served at a time (the queue's partial unique index on the ticket).
 */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'name'] })
@Check({ name: 'desk_name', expression: 'length(name) >= 1 AND length(name) <= 20' })
export class Desk {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  /** What the screen calls residents to, e.g. "1号台". */
  @Property({ type: 'text' })
  name!: string;

  /** The lines this desk usually serves (the desk view offers them first). */
  @ManyToMany(() => Offering)
  offerings = new Collection<Offering>(this);

  @Property({ type: 'boolean' })
  active: boolean = true;
}
