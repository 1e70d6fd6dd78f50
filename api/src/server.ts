import 'reflect-metadata';
import { modules } from './modules.js';
import { startPlatform, type App as PlatformApp, type AppOptions } from './platform/server.js';
import { seedDemo, type DemoDevices } from './seed/demo-seed.js';

export type App = PlatformApp<DemoDevices>;
export type { AppOptions };

/** Starts the platform with Linli's modules (and the demo seed when the config asks for it). */
export function startApp(opts: AppOptions = {}): Promise<App> {
  return startPlatform({ modules, seed: seedDemo }, opts);
}
