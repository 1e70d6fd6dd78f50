import { randomUUID } from 'node:crypto';
import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** What a community code may be: lowercase letters, digits and hyphens, 2 to 32, e.g. `xingfuli`. */
export const COMMUNITY_CODE = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;

@ObjectType()
@Entity()
@Check({ name: 'community_code_format', expression: "code ~ '^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$'" })
export class Community {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'text' })
  name!: string;

  /** Short and unique across the installation: staff type it to sign in (`xingfuli`). */
  @Field()
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field()
  @Property({ type: 'text', default: '' })
  address: string = '';

  @Property({ type: 'text' })
  timezone: string = 'Asia/Shanghai';

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
