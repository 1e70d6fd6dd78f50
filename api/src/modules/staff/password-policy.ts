import { randomInt } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { StaffReason } from './staff.reasons.js';

/** The shortest password a person may choose (NIST SP 800-63B asks at least 8; we ask 10). */
export const PASSWORD_MIN_LENGTH = 10;
/** Longer is refused: argon2 and the strength estimate both take time per character. */
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's score: 0 (too guessable) … 4 (very unguessable). Below this is refused. */
const MIN_SCORE = 3;

// zxcvbn-ts with its common-password, names and keyboard-pattern dictionaries, loaded once.
const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/**
 * Why a chosen password is refused, or null when it may be used. `userInputs` are what a guesser
 * would try first (the username, the display name, the community's name and code): a password
 * built on them scores low.
 */
export function passwordProblem(password: string, userInputs: readonly string[]): StaffReason | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return StaffReason.PASSWORD_TOO_SHORT;
  const inputs = userInputs.map((s) => s.trim().toLowerCase()).filter((s) => s.length >= 2);
  if (zxcvbn.check(password.slice(0, PASSWORD_MAX_LENGTH), inputs).score < MIN_SCORE)
    return StaffReason.PASSWORD_TOO_COMMON;
  return null;
}

/** Refuses a password the policy does not accept, naming the field it came in. */
export function checkNewPassword(password: string, userInputs: readonly string[], field: string): void {
  const reason = passwordProblem(password, userInputs);
  if (reason) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'This password may not be used', {
      reason,
      fields: { [field]: [reason] },
    });
  }
}

/** Lowercase letters and digits nobody mixes up when reading them off a screen (no 0/o, 1/l/i). */
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A one-time password: four groups of four readable characters (`k7mq-3xpa-…`), about 79 bits,
 * shown once to the admin who made it and changed at the first sign-in.
 */
export function oneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let s = '';
    for (let i = 0; i < 4; i++) s += READABLE[randomInt(READABLE.length)];
    groups.push(s);
  }
  return groups.join('-');
}
