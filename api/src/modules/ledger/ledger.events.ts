/** An entry was posted: the account's balance is now `balance`. */
export const LEDGER_POSTED = 'LEDGER_POSTED';

export interface LedgerPosted {
  kind: string;
  residentId: string;
  entryId: string;
  balance: number;
}

declare module '../../platform/pubsub.js' {
  interface Topics {
    LEDGER_POSTED: [LedgerPosted];
  }
}
