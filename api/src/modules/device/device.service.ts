import type { Context } from '../../platform/context.js';
import { checkId, notFound } from '../../platform/errors.js';
import { TokenPrefix, hashToken, newCode, newToken } from '../../platform/tokens.js';
import { Community } from '../community/community.entity.js';
import { Device } from './device.entity.js';
import type { DeviceRegistration, RegisterDeviceInput } from './device.types.js';

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
    device.revokedAt ??= new Date();
    device.pairingCodeHash = null;
    device.pairingExpiresAt = null;
    await ctx.em.flush();
    return device;
  },
};

function setPairingCode(device: Device): string {
  const code = newCode(8);
  device.pairingCodeHash = hashToken(code);
  device.pairingExpiresAt = new Date(Date.now() + PAIRING_MINUTES * 60_000);
  return code;
}
