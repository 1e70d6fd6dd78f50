import { Migration } from '@mikro-orm/migrations';

/**
 * The residents page's search (issue 10): generated columns for a name's given part, a name
 * backwards and a phone backwards (tails), and byte-order ("C") indexes led by the community on
 * each search key, the household, and the birth date (age bands). Ranges, not LIKE: row-level
 * security lets only leakproof operators into an index condition (see resident.sql.ts).
 */
export class Migration20261203161635_resident_search extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "resident_community_id_name_index";`);

    this.addSql(`alter table "resident" add column "name_given" text generated always as (substr(name, 2)) stored not null, add column "name_reversed" text generated always as (reverse(name)) stored not null, add column "phone_reversed" text generated always as (reverse(phone)) stored null;`);
    this.addSql(`create index "resident_community_id_birth_date_index" on "resident" ("community_id", "birth_date");`);
    this.addSql(`create index "resident_alone_birth_date" on "resident" ("community_id", "birth_date") where lives_alone and moved_away_at is null;`);
    this.addSql(`create index "resident_household" on "resident" ("community_id", "building_id", "unit", "room" collate "C");`);
    this.addSql(`create index "resident_search_phone_reversed" on "resident" ("community_id", "phone_reversed" collate "C");`);
    this.addSql(`create index "resident_search_phone" on "resident" ("community_id", "phone" collate "C");`);
    this.addSql(`create index "resident_search_name_pinyin" on "resident" ("community_id", "name_pinyin" collate "C");`);
    this.addSql(`create index "resident_search_name_initials" on "resident" ("community_id", "name_initials" collate "C");`);
    this.addSql(`create index "resident_search_name_reversed" on "resident" ("community_id", "name_reversed" collate "C");`);
    this.addSql(`create index "resident_search_name_given" on "resident" ("community_id", "name_given" collate "C");`);
    this.addSql(`create index "resident_search_name" on "resident" ("community_id", "name" collate "C");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "resident_community_id_birth_date_index";`);
    this.addSql(`drop index "resident_household";`);
    this.addSql(`drop index "resident_alone_birth_date";`);
    this.addSql(`drop index "resident_search_phone_reversed";`);
    this.addSql(`drop index "resident_search_phone";`);
    this.addSql(`drop index "resident_search_name_pinyin";`);
    this.addSql(`drop index "resident_search_name_initials";`);
    this.addSql(`drop index "resident_search_name_reversed";`);
    this.addSql(`drop index "resident_search_name_given";`);
    this.addSql(`drop index "resident_search_name";`);
    this.addSql(`alter table "resident" drop column "name_given", drop column "name_reversed", drop column "phone_reversed";`);

    this.addSql(`create index "resident_community_id_name_index" on "resident" ("community_id", "name");`);
  }

}
