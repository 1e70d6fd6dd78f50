import type { LinliModule } from '../../platform/module.js';
import { Device, DeviceKind } from './device.entity.js';
import { DeviceResolver } from './device.resolver.js';
import { deviceSeed, type DemoDevices } from './device.seed.js';

export { Device, DeviceKind, type DemoDevices };

/** Kiosks and screens: registered by staff, paired with a one-time code, revocable. */
export const deviceModule: LinliModule = {
  name: 'device',
  entities: [Device],
  resolvers: [DeviceResolver],
  seed: deviceSeed,
};
