/** Why the ledger refused a posting. */
export enum LedgerReason {
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  ALREADY_REVERSED = 'ALREADY_REVERSED',
}

export const ledgerReasons: Record<LedgerReason, string> = {
  IDEMPOTENCY_KEY_REUSED: 'This idempotency key was used before for a different request: use a new key',
  ALREADY_REVERSED: 'This entry has been reversed already (or is itself a reversal)',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    ledger: LedgerReason;
  }
}
