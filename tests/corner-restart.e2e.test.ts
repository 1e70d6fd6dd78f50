import { describe, it } from 'vitest';
import { callNext, openCornerScreen, staffHeaders, takeDemoTicket } from './drivers.js';
import { useSharedPlatforms } from './platform-app.js';

/**
 * Two API instances on one database, as a community with two servers runs it. The display
 * follows instance A; A restarts while B calls a number, so the display misses that event —
 * and must still show the call once it is back.
 */
describe('the service-corner display across an API restart', () => {
  const instances = useSharedPlatforms('linli-e2e-restart-');
  const start = (onPort?: number) => instances.start(onPort);

  it('catches up with a call made while it was disconnected', async () => {
    const a = await start(instances.port);
    const b = await start(0);
    await a.openCornerNow();
    const code = await takeDemoTicket(a, 'A');

    const screen = await openCornerScreen({ browser: instances.browser, platform: a });
    const queues = screen.getByRole('region', { name: '各服务排队' });
    await queues.getByText(code).waitFor({ timeout: 15_000 });
    const nowServing = screen.getByRole('region', { name: '正在服务' });

    // A goes away; B, still up, calls the number. The display hears nothing of it.
    await instances.stop(a);
    await callNext(b, await staffHeaders(b), 'A', '1号台');

    // A is back on the same address: the display reconnects by itself and re-reads the board.
    await start(instances.port);
    await nowServing.getByText(code).waitFor({ timeout: 30_000 });
    await nowServing.getByText('1号台').waitFor();
    await screen.context().close();
  });
});
