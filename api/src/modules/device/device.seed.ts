import type { SeedStep } from '../../platform/module.js';
import { TokenPrefix, hashToken, newToken } from '../../platform/tokens.js';
import { Community } from '../community/index.js';
import { Device, DeviceKind } from './device.entity.js';

/** The demo's devices, by token: the start-up banner's links open them ready to use. */
export interface DemoDevices {
  kioskToken: string;
  serviceScreenToken: string;
  meetingScreenToken: string;
}

/** The lobby kiosk and the two screens. */
export const deviceSeed: SeedStep = async ({ em, communityId }) => {
  const community = em.getReference(Community, communityId);
  const devices: DemoDevices = {
    kioskToken: newToken(TokenPrefix.device),
    serviceScreenToken: newToken(TokenPrefix.device),
    meetingScreenToken: newToken(TokenPrefix.device),
  };
  const device = (kind: DeviceKind, name: string, location: string, token: string) =>
    em.create(Device, { community, kind, name, location, tokenHash: hashToken(token) } as Device);
  device(DeviceKind.KIOSK, '大堂自助机', '社区服务中心大堂', devices.kioskToken);
  device(DeviceKind.SCREEN, '便民服务角大屏', '中心广场便民服务角', devices.serviceScreenToken);
  device(DeviceKind.SCREEN, '议事厅大屏', '党群服务中心议事厅', devices.meetingScreenToken);
  await em.flush();
  return { ...devices };
};
