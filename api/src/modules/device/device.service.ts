import type { Context } from '../../platform/context.js';
import { checkId, notFound } from '../../platform/errors.js';
import { publishIn } from '../../platform/pubsub.js';
import { rows } from '../../platform/sql.js';
import { KIOSK_BUDGETS } from './device.sql.js';
import { BUDGETS, credentialLimiters } from '../auth/index.js';
import { TokenPrefix, hashToken, newCode, newToken } from '../../platform/tokens.js';
import { Community } from '../community/index.js';
import { Device, DeviceKind } from './device.entity.js';
import type { DeviceRegistration, DeviceSignInBudget, RegisterDeviceInput } from './device.types.js';

const PAIRING_MINUTES = 30;

function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export const DeviceService = {
  list(ctx: Context): Promise<Device[]> {
    return ctx.em.find(Device, {}, { orderBy: { revokedAt: 'asc nulls first', kind: 'asc', name: 'asc' } });
  },

  async register(ctx: Context, input: RegisterDeviceInput): Promise<DeviceRegistration> {
    const device = ctx.em.create(Device, {
      community: ctx.em.getReference(Community, ctx.principal.communityId!),
      kind: input.kind,
      name: input.name.trim(),
      location: input.location.trim(),
    } as Device);
    const token = newToken(TokenPrefix.device);
    device.tokenHash = hashToken(token);
    const pairingCode = setPairingCode(device);
    await ctx.em.flush();
    return { device, token, pairingCode: formatCode(pairingCode) };
  },

  /** A fresh pairing code for a device; pairing replaces its token. */
  async renewPairingCode(ctx: Context, id: string): Promise<string> {
    const device = await ctx.em.findOne(Device, { id: checkId(id, 'Device'), revokedAt: null });
    if (!device) throw notFound('Device');
    const code = setPairingCode(device);
    await ctx.em.flush();
    return formatCode(code);
  },

  async revoke(ctx: Context, id: string): Promise<Device> {
    const device = await ctx.em.findOne(Device, { id: checkId(id, 'Device') });
    if (!device) throw notFound('Device');
    const revokedNow = !device.revokedAt;
    device.revokedAt ??= new Date();
    device.pairingCodeHash = null;
    device.pairingExpiresAt = null;
    // Revoked and heard of by every process in one transaction: its open sockets close at once.
    await ctx.em.transactional(async (em) => {
      await em.flush();
      if (revokedNow) await publishIn(em, 'ACCESS_ENDED', { deviceIds: [device.id] });
    });
    return device;
  },

  /**
   * A kiosk's failed resident sign-ins in the current window, and until when it waits if it is
   * past its budget; null for a screen. One statement per request, for every kiosk of the
   * community (the devices page asks for all of them).
   */
  async signInBudget(ctx: Context, device: Device): Promise<DeviceSignInBudget | null> {
    if (device.kind !== DeviceKind.KIOSK) return null;
    let loading = budgetsOfRequest.get(ctx);
    if (!loading) {
      loading = loadSignInBudgets(ctx);
      budgetsOfRequest.set(ctx, loading);
    }
    const row = (await loading).get(device.id);
    const { points: limit, duration } = BUDGETS.deviceSignIn;
    const failures = Math.max(0, row?.points ?? 0);
    return {
      failures,
      limit,
      windowMinutes: duration / 60,
      blockedUntil: row && failures > limit ? new Date(row.expire) : null,
    };
  },

  /** Lifts a kiosk's block and forgets its failed sign-ins (staff have helped the resident). */
  async resetSignInBudget(ctx: Context, id: string): Promise<Device> {
    const device = await ctx.em.findOne(Device, { id: checkId(id, 'Device') });
    if (!device) throw notFound('Device');
    await credentialLimiters(ctx.orm).deviceSignIn.delete(device.id);
    budgetsOfRequest.delete(ctx);
    return device;
  },
};

const budgetsOfRequest = new WeakMap<Context, Promise<Map<string, { points: number; expire: number }>>>();

async function loadSignInBudgets(ctx: Context): Promise<Map<string, { points: number; expire: number }>> {
  const found = await rows(ctx.em, KIOSK_BUDGETS, { prefix: `${BUDGETS.deviceSignIn.prefix}:`, now: Date.now() });
  return new Map(found.map((r) => [r.id, { points: Number(r.points), expire: Number(r.expire) }]));
}

function setPairingCode(device: Device): string {
  const code = newCode(8);
  device.pairingCodeHash = hashToken(code);
  device.pairingExpiresAt = new Date(Date.now() + PAIRING_MINUTES * 60_000);
  return code;
}
