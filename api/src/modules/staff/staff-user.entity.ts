import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';

/**
 * A staff account's role. The later programmes' roles (care, childcare, partner shop) are added
 * the same way: a value here (the column is text with a CHECK, so a migration alters the check),
 * its rank or its own `Role` in platform/auth-checker.ts, and its name in the console's locales.
 */
export enum StaffRole {
  ADMIN = 'ADMIN',
  SECRETARY = 'SECRETARY',
  STAFF = 'STAFF',
}
registerEnumType(StaffRole, { name: 'StaffRole', description: 'What a staff user may do in the console' });

@ObjectType()
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'username'] })
export class StaffUser {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  /** Sign-in name, unique within the community (sign-in names the community by its code). */
  @Field()
  @Property({ type: 'text' })
  username!: string;

  @Field()
  @Property({ type: 'text' })
  displayName!: string;

  @Field(() => StaffRole)
  @Enum({ items: () => StaffRole })
  role!: StaffRole;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Set while the account is deactivated: it cannot sign in, and its sessions ended then. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null = null;

  /** A one-time password was given (a new account, a reset): the next sign-in must choose its own. */
  @Field()
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean = false;

  /** Bumped by every change an admin makes: an edit made on an older version is refused. */
  @Field(() => Int)
  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}
