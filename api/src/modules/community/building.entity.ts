import { randomUUID } from 'node:crypto';
import { Check, Entity, Filter, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from './community.entity.js';

/** One of the community's unit buildings (单元楼). */
@ObjectType()
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'number'] })
@Check({ name: 'building_number_positive', expression: 'number > 0' })
@Check({ name: 'building_unit_count_positive', expression: 'unit_count > 0' })
export class Building {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  /** Its units (单元): each has its own entrance; residents' households name one. */
  @Field(() => Int)
  @Property({ type: 'integer', default: 1 })
  unitCount: number = 1;
}
