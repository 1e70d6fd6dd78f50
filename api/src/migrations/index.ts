import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128202415_initial } from './Migration20261128202415_initial.js';
import { Migration20261128211953_service_corner } from './Migration20261128211953_service_corner.js';
import { Migration20261128214534_bookings } from './Migration20261128214534_bookings.js';
import { Migration20261128215131_work_orders } from './Migration20261128215131_work_orders.js';
import { Migration20261128222757_ticket_follow_token } from './Migration20261128222757_ticket_follow_token.js';
import { Migration20261128223519_corner_setup } from './Migration20261128223519_corner_setup.js';
import { Migration20261128231140_ticket_transfer_booking_dismiss } from './Migration20261128231140_ticket_transfer_booking_dismiss.js';
import { Migration20261203023556_rate_limit } from './Migration20261203023556_rate_limit.js';
import { Migration20261203060000_row_level_security } from './Migration20261203060000_row_level_security.js';
import { Migration20261203100000_corner_words } from './Migration20261203100000_corner_words.js';
import { Migration20261203110000_ticket_expired } from './Migration20261203110000_ticket_expired.js';
import { Migration20261203144013_audit_log } from './Migration20261203144013_audit_log.js';
import { Migration20261203155351_resident_households } from './Migration20261203155351_resident_households.js';
import { Migration20261203155745_staff_accounts } from './Migration20261203155745_staff_accounts.js';
import { Migration20261203161635_resident_search } from './Migration20261203161635_resident_search.js';
import { Migration20261203190040_points_ledger } from './Migration20261203190040_points_ledger.js';
import { Migration20261203190421_jobs } from './Migration20261203190421_jobs.js';
import { Migration20261203220000_posting_functions } from './Migration20261203220000_posting_functions.js';
import { Migration20261203224415_meetings } from './Migration20261203224415_meetings.js';
import { Migration20261203224612_deliberation } from './Migration20261203224612_deliberation.js';

/** Committed migrations, in order. New ones come from `npm run migration:create -w api -- <name>`. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128202415_initial', class: Migration20261128202415_initial },
  { name: 'Migration20261128211953_service_corner', class: Migration20261128211953_service_corner },
  { name: 'Migration20261128214534_bookings', class: Migration20261128214534_bookings },
  { name: 'Migration20261128215131_work_orders', class: Migration20261128215131_work_orders },
  { name: 'Migration20261128222757_ticket_follow_token', class: Migration20261128222757_ticket_follow_token },
  { name: 'Migration20261128223519_corner_setup', class: Migration20261128223519_corner_setup },
  {
    name: 'Migration20261128231140_ticket_transfer_booking_dismiss',
    class: Migration20261128231140_ticket_transfer_booking_dismiss,
  },
  { name: 'Migration20261203023556_rate_limit', class: Migration20261203023556_rate_limit },
  { name: 'Migration20261203060000_row_level_security', class: Migration20261203060000_row_level_security },
  { name: 'Migration20261203100000_corner_words', class: Migration20261203100000_corner_words },
  { name: 'Migration20261203110000_ticket_expired', class: Migration20261203110000_ticket_expired },
  { name: 'Migration20261203144013_audit_log', class: Migration20261203144013_audit_log },
  { name: 'Migration20261203155351_resident_households', class: Migration20261203155351_resident_households },
  { name: 'Migration20261203155745_staff_accounts', class: Migration20261203155745_staff_accounts },
  { name: 'Migration20261203161635_resident_search', class: Migration20261203161635_resident_search },
  { name: 'Migration20261203190040_points_ledger', class: Migration20261203190040_points_ledger },
  { name: 'Migration20261203190421_jobs', class: Migration20261203190421_jobs },
  { name: 'Migration20261203220000_posting_functions', class: Migration20261203220000_posting_functions },
  { name: 'Migration20261203224415_meetings', class: Migration20261203224415_meetings },
  { name: 'Migration20261203224612_deliberation', class: Migration20261203224612_deliberation },
];
