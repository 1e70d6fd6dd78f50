import { Migration } from '@mikro-orm/migrations';
import { nameKeys } from '../modules/resident/pinyin.js';

/**
 * Households and the resident's record (issue 10): unit, a second phone, notes, moved away and
 * erased (personal fields gone: a CHECK holds it), an optimistic version, a PIN set-up code,
 * the name's pinyin for search (filled here for the residents already in). Phone and card
 * become optional (an erased resident has neither); a phone is unique among residents living
 * here only.
 */
export class Migration20261203155351_resident_households extends Migration {

  override async up(): Promise<void> {
    await this.execute(`alter table "resident" drop constraint "resident_community_id_phone_unique";`);

    await this.execute(`alter table "resident" add column "unit" int not null default 1, add column "name_initials" text not null default '', add column "name_pinyin" text not null default '', add column "phone2" text null, add column "notes" text null, add column "pin_setup_hash" text null, add column "pin_setup_expires_at" timestamptz null, add column "moved_away_at" timestamptz null, add column "erased_at" timestamptz null, add column "version" int not null default 1;`);
    await this.execute(`alter table "resident" alter column "phone" drop not null;`);
    await this.execute(`alter table "resident" alter column "birth_date" drop not null;`);
    await this.execute(`alter table "resident" alter column "card_code" drop not null;`);
    await this.execute(`create unique index "resident_phone_unique" on "resident" ("community_id", "phone") where "moved_away_at" is null;`);
    await this.execute(`alter table "resident" add constraint resident_erased_anonymous check(erased_at IS NULL OR (phone IS NULL AND phone2 IS NULL AND birth_date IS NULL AND notes IS NULL));`);
    await this.execute(`alter table "resident" add constraint resident_unit_positive check(unit > 0);`);
    await this.execute(`alter table "resident" add constraint resident_phone2_format check(phone2 ~ '^1[0-9]{10}\$');`);

    const residents = (await this.execute('select id, name from resident')) as { id: string; name: string }[];
    for (let i = 0; i < residents.length; i += 500) {
      const batch = residents.slice(i, i + 500).map((r) => ({ id: r.id, ...nameKeys(r.name) }));
      await this.execute(
        `update resident set name_initials = k.initials, name_pinyin = k.pinyin
           from jsonb_to_recordset(?::jsonb) as k(id uuid, initials text, pinyin text) where resident.id = k.id`,
        [JSON.stringify(batch)],
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "resident_phone_unique";`);
    this.addSql(`alter table "resident" drop constraint resident_erased_anonymous;`);
    this.addSql(`alter table "resident" drop constraint resident_unit_positive;`);
    this.addSql(`alter table "resident" drop constraint resident_phone2_format;`);
    this.addSql(`alter table "resident" drop column "unit", drop column "name_initials", drop column "name_pinyin", drop column "phone2", drop column "notes", drop column "pin_setup_hash", drop column "pin_setup_expires_at", drop column "moved_away_at", drop column "erased_at", drop column "version";`);

    this.addSql(`alter table "resident" alter column "phone" set not null;`);
    this.addSql(`alter table "resident" alter column "birth_date" set not null;`);
    this.addSql(`alter table "resident" alter column "card_code" set not null;`);
    this.addSql(`alter table "resident" add constraint "resident_community_id_phone_unique" unique ("community_id", "phone");`);
  }

}
