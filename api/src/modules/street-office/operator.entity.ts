import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * A street office's (街道办) operator: opens communities and their first admin, above all of
 * them and in none. Not a tenant table (no community): row-level security shows it only to a
 * connection with no community set (migration street_office), so no community's request can
 * read it, whatever its SQL.
 */
@ObjectType()
@Entity()
export class OperatorUser {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'text', unique: true })
  username!: string;

  @Field()
  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null = null;
}

/** An operator's sign-in (token prefix `llo_`): as a staff session, but of no community. */
@Entity()
export class OperatorSession {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OperatorUser, { deleteRule: 'cascade' })
  operator!: Rel<OperatorUser>;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  lastSeenAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;
}
