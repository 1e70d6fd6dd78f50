import type { LinliModule } from '../../platform/module.js';
import { LedgerAccount, LedgerEntry } from './ledger.entity.js';
import { LEDGER_POSTED } from './ledger.events.js';
import { LedgerReason, ledgerReasons } from './ledger.reasons.js';
import { LedgerResolver } from './ledger.resolver.js';
import { LedgerService } from './ledger.service.js';

export { LedgerAccount, LedgerEntry, LedgerReason };
export { Overdraft, isOverdraft } from './ledger.service.js';
export type { Entry, LedgerCheck, Posted, Posting, HistoryQuery } from './ledger.service.js';
export type { LedgerPosted } from './ledger.events.js';

/** Posting, reversing and reading accounts: every write inside the caller's transaction. */
export const Ledger = LedgerService;

/**
 * The ledger (账本): accounts of whole units per resident and kind (participation points; the
 * time bank's hours later), append-only entries, balances the database moves and guards.
 */
export const ledgerModule: LinliModule = {
  name: 'ledger',
  entities: [LedgerAccount, LedgerEntry],
  resolvers: [LedgerResolver],
  topics: [LEDGER_POSTED],
  reasons: ledgerReasons,
  readable: ['ledger_account', 'ledger_entry'],
};
