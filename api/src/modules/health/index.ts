import type { LinliModule } from '../../platform/module.js';
import { HealthResolver } from './health.resolver.js';

/** `health`: the API answers. */
export const healthModule: LinliModule = {
  name: 'health',
  resolvers: [HealthResolver],
};
