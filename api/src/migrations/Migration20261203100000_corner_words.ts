import { Migration } from '@mikro-orm/migrations';

/**
 * One word per idea in the service corner (the front-door issue): a corner service is an
 * *offering*, an opening day an *opening* (a "session" is now only a sign-in), a counter a
 * *desk* (a "counter" is now only a number counter). Renames only — tables, columns,
 * constraints, indexes — so no row moves and row-level security (whose policies follow the
 * tables) stays as it was. Work orders keep their ticket's code as the resident had it, so the
 * work-order module reads no queue table.
 */
const RENAMES: Array<[kind: 'table' | 'column' | 'constraint' | 'index', table: string, from: string, to: string]> = [
  ['table', 'corner_service', 'corner_service', 'offering'],
  ['constraint', 'offering', 'corner_service_pkey', 'offering_pkey'],
  ['constraint', 'offering', 'corner_service_letter', 'offering_letter'],
  ['constraint', 'offering', 'corner_service_capacity', 'offering_capacity'],
  ['constraint', 'offering', 'corner_service_community_id_letter_unique', 'offering_community_id_letter_unique'],
  ['constraint', 'offering', 'corner_service_community_id_foreign', 'offering_community_id_foreign'],

  ['table', 'corner_session', 'corner_session', 'opening'],
  ['constraint', 'opening', 'corner_session_pkey', 'opening_pkey'],
  ['constraint', 'opening', 'corner_session_order', 'opening_order'],
  ['constraint', 'opening', 'corner_session_community_id_starts_at_unique', 'opening_community_id_starts_at_unique'],
  ['constraint', 'opening', 'corner_session_community_id_foreign', 'opening_community_id_foreign'],

  ['table', 'corner_counter', 'corner_counter', 'desk'],
  ['constraint', 'desk', 'corner_counter_pkey', 'desk_pkey'],
  ['constraint', 'desk', 'corner_counter_name', 'desk_name'],
  ['constraint', 'desk', 'corner_counter_community_id_name_unique', 'desk_community_id_name_unique'],
  ['constraint', 'desk', 'corner_counter_community_id_foreign', 'desk_community_id_foreign'],

  ['table', 'corner_counter_services', 'corner_counter_services', 'desk_offerings'],
  ['column', 'desk_offerings', 'corner_counter_id', 'desk_id'],
  ['column', 'desk_offerings', 'corner_service_id', 'offering_id'],
  ['constraint', 'desk_offerings', 'corner_counter_services_pkey', 'desk_offerings_pkey'],
  ['constraint', 'desk_offerings', 'corner_counter_services_corner_counter_id_foreign', 'desk_offerings_desk_id_foreign'],
  [
    'constraint',
    'desk_offerings',
    'corner_counter_services_corner_service_id_foreign',
    'desk_offerings_offering_id_foreign',
  ],

  ['column', 'queue_line', 'session_id', 'opening_id'],
  ['column', 'queue_line', 'service_id', 'offering_id'],
  ['constraint', 'queue_line', 'queue_line_session_id_service_id_unique', 'queue_line_opening_id_offering_id_unique'],
  ['constraint', 'queue_line', 'queue_line_session_id_foreign', 'queue_line_opening_id_foreign'],
  ['constraint', 'queue_line', 'queue_line_service_id_foreign', 'queue_line_offering_id_foreign'],

  ['column', 'ticket', 'counter', 'desk_name'],
  ['column', 'ticket', 'counter_id', 'desk_id'],
  ['constraint', 'ticket', 'ticket_counter_id_foreign', 'ticket_desk_id_foreign'],
  ['index', 'ticket', 'ticket_one_open_per_counter', 'ticket_one_open_per_desk'],

  ['column', 'work_order', 'service_id', 'offering_id'],
  ['constraint', 'work_order', 'work_order_service_id_foreign', 'work_order_offering_id_foreign'],
];

function rename(kind: string, table: string, from: string, to: string): string {
  switch (kind) {
    case 'table':
      return `ALTER TABLE "${from}" RENAME TO "${to}";`;
    case 'column':
      return `ALTER TABLE "${table}" RENAME COLUMN "${from}" TO "${to}";`;
    case 'constraint':
      return `ALTER TABLE "${table}" RENAME CONSTRAINT "${from}" TO "${to}";`;
    default:
      return `ALTER INDEX "${from}" RENAME TO "${to}";`;
  }
}

export class Migration20261203100000_corner_words extends Migration {
  override async up(): Promise<void> {
    for (const [kind, table, from, to] of RENAMES) this.addSql(rename(kind, table, from, to));
    this.addSql(`ALTER TABLE "work_order" ADD COLUMN "ticket_code" text NULL;`);
    // The migrating owner passes row-level security (a superuser, or its linli_owner policy).
    this.addSql(`UPDATE work_order w SET ticket_code = s.letter || lpad(t.number::text, 3, '0')
                   FROM ticket t JOIN queue_line l ON l.id = t.line_id JOIN offering s ON s.id = l.offering_id
                  WHERE t.id = w.ticket_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`ALTER TABLE "work_order" DROP COLUMN "ticket_code";`);
    for (const [kind, table, from, to] of [...RENAMES].reverse()) this.addSql(rename(kind, table, to, from));
  }
}
