import { Migration } from '@mikro-orm/migrations';

export class Migration20261128202415_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "community" ("id" uuid not null, "name" text not null, "timezone" text not null default 'Asia/Shanghai', "created_at" timestamptz not null, constraint "community_pkey" primary key ("id"));`);

    this.addSql(`create table "building" ("id" uuid not null, "community_id" uuid not null, "number" int not null, "name" text not null, constraint "building_pkey" primary key ("id"), constraint building_number_positive check (number > 0));`);
    this.addSql(`alter table "building" add constraint "building_community_id_number_unique" unique ("community_id", "number");`);

    this.addSql(`create table "device" ("id" uuid not null, "community_id" uuid not null, "kind" text check ("kind" in ('KIOSK', 'SCREEN')) not null, "name" text not null, "location" text not null default '', "token_hash" text null, "pairing_code_hash" text null, "pairing_expires_at" timestamptz null, "created_at" timestamptz not null, "last_seen_at" timestamptz null, "revoked_at" timestamptz null, constraint "device_pkey" primary key ("id"));`);
    this.addSql(`alter table "device" add constraint "device_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "device" add constraint "device_pairing_code_hash_unique" unique ("pairing_code_hash");`);

    this.addSql(`create table "resident" ("id" uuid not null, "community_id" uuid not null, "building_id" uuid not null, "room" text not null, "name" text not null, "phone" text not null, "birth_date" date not null, "lives_alone" boolean not null default false, "limited_mobility" boolean not null default false, "pin_hash" text null, "card_code" text not null, "pin_failures" int not null default 0, "pin_locked_until" timestamptz null, "created_at" timestamptz not null, constraint "resident_pkey" primary key ("id"), constraint resident_phone_format check (phone ~ '^1[0-9]{10}\$'), constraint resident_pin_failures_range check (pin_failures >= 0));`);
    this.addSql(`alter table "resident" add constraint "resident_card_code_unique" unique ("card_code");`);
    this.addSql(`create index "resident_community_id_name_index" on "resident" ("community_id", "name");`);
    this.addSql(`alter table "resident" add constraint "resident_community_id_phone_unique" unique ("community_id", "phone");`);

    this.addSql(`create table "staff_user" ("id" uuid not null, "community_id" uuid not null, "username" text not null, "display_name" text not null, "role" text check ("role" in ('ADMIN', 'SECRETARY', 'STAFF')) not null, "password_hash" text not null, "created_at" timestamptz not null, constraint "staff_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "staff_user" add constraint "staff_user_username_unique" unique ("username");`);

    this.addSql(`create table "session" ("id" uuid not null, "community_id" uuid not null, "kind" text check ("kind" in ('STAFF', 'RESIDENT')) not null, "token_hash" text not null, "staff_user_id" uuid null, "resident_id" uuid null, "device_id" uuid null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "notice" ("id" uuid not null, "community_id" uuid not null, "category" text check ("category" in ('PROPERTY', 'SERVICE_PHONE', 'ACTIVITY')) not null, "title" text not null, "body" text not null, "author_id" uuid null, "published_at" timestamptz not null, "expires_at" timestamptz null, constraint "notice_pkey" primary key ("id"));`);
    this.addSql(`create index "notice_community_id_published_at_index" on "notice" ("community_id", "published_at");`);

    this.addSql(`create table "notice_building" ("notice_id" uuid not null, "building_id" uuid not null, constraint "notice_building_pkey" primary key ("notice_id", "building_id"));`);

    this.addSql(`alter table "building" add constraint "building_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "device" add constraint "device_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "resident" add constraint "resident_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "resident" add constraint "resident_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade;`);

    this.addSql(`alter table "staff_user" add constraint "staff_user_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session" add constraint "session_staff_user_id_foreign" foreign key ("staff_user_id") references "staff_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session" add constraint "session_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session" add constraint "session_device_id_foreign" foreign key ("device_id") references "device" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notice" add constraint "notice_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notice" add constraint "notice_author_id_foreign" foreign key ("author_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notice_building" add constraint "notice_building_notice_id_foreign" foreign key ("notice_id") references "notice" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notice_building" add constraint "notice_building_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "building" drop constraint "building_community_id_foreign";`);

    this.addSql(`alter table "device" drop constraint "device_community_id_foreign";`);

    this.addSql(`alter table "resident" drop constraint "resident_community_id_foreign";`);

    this.addSql(`alter table "staff_user" drop constraint "staff_user_community_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_community_id_foreign";`);

    this.addSql(`alter table "notice" drop constraint "notice_community_id_foreign";`);

    this.addSql(`alter table "resident" drop constraint "resident_building_id_foreign";`);

    this.addSql(`alter table "notice_building" drop constraint "notice_building_building_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_device_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_resident_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_staff_user_id_foreign";`);

    this.addSql(`alter table "notice" drop constraint "notice_author_id_foreign";`);

    this.addSql(`alter table "notice_building" drop constraint "notice_building_notice_id_foreign";`);

    this.addSql(`drop table if exists "community" cascade;`);

    this.addSql(`drop table if exists "building" cascade;`);

    this.addSql(`drop table if exists "device" cascade;`);

    this.addSql(`drop table if exists "resident" cascade;`);

    this.addSql(`drop table if exists "staff_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "notice" cascade;`);

    this.addSql(`drop table if exists "notice_building" cascade;`);
  }

}
