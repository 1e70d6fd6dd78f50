import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  Enum,
  Filter,
  Index,
  ManyToMany,
  ManyToOne,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Building, Community } from '../community/index.js';
import { StaffUser } from '../staff/index.js';

export enum NoticeCategory {
  PROPERTY = 'PROPERTY',
  SERVICE_PHONE = 'SERVICE_PHONE',
  ACTIVITY = 'ACTIVITY',
}
registerEnumType(NoticeCategory, {
  name: 'NoticeCategory',
  description: 'Property notice 物业通知, service phone numbers 服务电话, activity announcement 活动预告',
});

/** A notice on the buildings' boards (便民信息栏). Clients read it as `NoticeView`. */
@Entity()
@Filter(tenantFilter)
@Index({ properties: ['community', 'publishedAt'] })
export class Notice {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @Enum({ items: () => NoticeCategory })
  category!: NoticeCategory;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @ManyToOne(() => StaffUser, { deleteRule: 'set null', nullable: true })
  author: Rel<StaffUser> | null = null;

  @Property({ type: 'timestamptz' })
  publishedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @ManyToMany(() => Building, undefined, { owner: true, pivotTable: 'notice_building' })
  buildings = new Collection<Building>(this);
}
