import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Token prefixes tell which kind of credential a bearer token is, before any lookup. */
export const TokenPrefix = { staff: 'lls_', device: 'lld_', resident: 'llr_', operator: 'llo_' } as const;

export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Letters and digits that cannot be mistaken for one another when read off a screen. */
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A human-typable code, e.g. for pairing a kiosk ("K7M3-9QXP") or a resident card. */
export function newCode(length = 8): string {
  let s = '';
  for (let i = 0; i < length; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/** Accepts what a person typed: any case, spaces or dashes. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
