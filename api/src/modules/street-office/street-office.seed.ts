import argon2 from 'argon2';
import type { SeedStep } from '../../platform/module.js';
import { OperatorUser } from './operator.entity.js';

/** The demo's street-office operator (the README lists it). */
export const DEMO_OPERATOR = { username: 'street', password: 'linli-street', displayName: '街道办 陈科长' } as const;

export const streetOfficeSeed: SeedStep = async ({ em }) => {
  em.create(OperatorUser, {
    username: DEMO_OPERATOR.username,
    displayName: DEMO_OPERATOR.displayName,
    passwordHash: await argon2.hash(DEMO_OPERATOR.password),
  } as OperatorUser);
  await em.flush();
};
