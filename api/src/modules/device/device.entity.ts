import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';

export enum DeviceKind {
  KIOSK = 'KIOSK',
  SCREEN = 'SCREEN',
}
registerEnumType(DeviceKind, { name: 'DeviceKind' });

/** A registered kiosk or screen. It authenticates with a bearer token whose hash we keep. */
@ObjectType()
@Entity()
@Filter(tenantFilter)
export class Device {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @Field(() => DeviceKind)
  @Enum({ items: () => DeviceKind })
  kind!: DeviceKind;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field()
  @Property({ type: 'text' })
  location: string = '';

  @Property({ type: 'text', nullable: true, unique: true, hidden: true })
  tokenHash: string | null = null;

  @Property({ type: 'text', nullable: true, unique: true, hidden: true })
  pairingCodeHash: string | null = null;

  @Field(() => Date, { nullable: true, description: 'Until when the pairing code can be used' })
  @Property({ type: 'timestamptz', nullable: true })
  pairingExpiresAt: Date | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field({ description: 'Paired and not revoked' })
  get active(): boolean {
    return this.tokenHash !== null && this.revokedAt === null;
  }
}
