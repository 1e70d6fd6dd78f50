import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';

export enum StaffRole {
  ADMIN = 'ADMIN',
  SECRETARY = 'SECRETARY',
  STAFF = 'STAFF',
}
registerEnumType(StaffRole, { name: 'StaffRole', description: 'What a staff user may do in the console' });

@ObjectType()
@Entity()
@Filter(tenantFilter)
export class StaffUser {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  /** Sign-in name, unique across the installation. */
  @Field()
  @Property({ type: 'text', unique: true })
  username!: string;

  @Field()
  @Property({ type: 'text' })
  displayName!: string;

  @Field(() => StaffRole)
  @Enum({ items: () => StaffRole })
  role!: StaffRole;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
