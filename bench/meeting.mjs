// Meeting bench (issue 12): one chair action reaching 200 meeting screens/phones. The secretary
// runs a live meeting; each event is one chair action over GraphQL HTTP (the item's timer started
// or paused, with the version read), and every subscriber of `meetingChanged(meetingId)` over
// graphql-ws must receive it. Delivery time p50/p99 is measured from the request that causes it,
// and lost deliveries are counted, against a bare graphql-ws server (targets/bare-graphql-ws.mjs:
// graphql-js, an in-process pubsub, no auth, no database) in the same run. Goal: ≤ 1.5×.
//   npm run build -w api && npm run bench:meeting
// Rounds: one warm-up pair, then BENCH_ROUNDS pairs (api, bare, api, bare, …: each pair back to
// back, so drift hits both), each with fresh subscribers; the ratio is taken per pair and reported
// as the median with its range. Any lost delivery, on either side, fails the run.
// Knobs: BENCH_EVENTS (20), BENCH_ROUNDS (5), BENCH_SUBSCRIBERS ("200").
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fanoutBench, freePort, intFromEnv, runBench, startApi, startNode, waitForHttp } from './lib.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const settings = {
  events: intFromEnv('BENCH_EVENTS', 20),
  rounds: intFromEnv('BENCH_ROUNDS', 5),
  subscribers: (process.env.BENCH_SUBSCRIBERS ?? '200').split(',').map(Number),
};
const JSON_POST = { 'content-type': 'application/json' };

async function gql(url, query, variables, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...JSON_POST, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors?.length)
    throw new Error(
      `${query.slice(0, 50)}: ${json.errors.map((e) => `${e.extensions?.code} ${e.extensions?.reason ?? ''}: ${e.message}`).join('; ')}`,
    );
  return json.data;
}

runBench(async ({ cleanup }) => {
  const api = await startApi(cleanup, repoRoot);
  await api.ready;
  const graphqlUrl = `${api.url}/graphql`;
  const devices = await api.devices();
  const { signInStaff } = await gql(
    graphqlUrl,
    'mutation { signInStaff(input: { community: "xingfuli", username: "secretary", password: "linli-secretary" }) { token } }',
    {},
  );
  const chair = { authorization: `Bearer ${signInStaff.token}` };

  // A meeting of today with one item, started: the chair's timer presses are the events.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const { createMeeting } = await gql(
    graphqlUrl,
    'mutation($day: String!) { createMeeting(input: { kind: OTHER, title: "压测会议", day: $day, place: "会议室" }) { id version } }',
    { day: today },
    chair,
  );
  const meetingId = createMeeting.id;
  let version = createMeeting.version;
  /** A chair action on the version now; keeps the new one. */
  const chairAction = async (field, args = '') => {
    const data = await gql(
      graphqlUrl,
      `mutation($m: ID!, $v: Int!) { ${field}(input: { meetingId: $m, version: $v${args} }) { version } }`,
      { m: meetingId, v: version },
      chair,
    );
    version = data[field].version;
  };
  await chairAction('addAgendaItem', ', title: "计时议题", timeBoxMinutes: 10');
  await chairAction('startMeeting');
  let running = false;
  const apiTrigger = async () => {
    await chairAction(running ? 'pauseItemTimer' : 'startItemTimer');
    running = !running;
  };

  const barePort = await freePort();
  const bare = startNode('bare graphql-ws', path.join(benchDir, 'targets', 'bare-graphql-ws.mjs'), {
    cwd: path.join(repoRoot, 'api'),
    env: { PORT: String(barePort) },
  });
  cleanup.add('stop bare graphql-ws', () => bare.stop());
  await waitForHttp({ url: `http://127.0.0.1:${barePort}/publish?topic=meeting`, method: 'POST' }, { proc: bare });
  const bareTrigger = () =>
    fetch(`http://127.0.0.1:${barePort}/publish?topic=meeting`, { method: 'POST' }).then((r) => r.text());

  const query = `subscription { meetingChanged(meetingId: "${meetingId}") { version } }`;
  const bareQuery = 'subscription { meetingChanged(meetingId: "m") { version } }';
  console.log(
    `Linli meeting bench · one chair action to N subscribers · ${settings.events} events a round · a warm-up round, then ${settings.rounds} rounds`,
  );
  await fanoutBench({
    counts: settings.subscribers,
    rounds: settings.rounds,
    events: settings.events,
    what: 'chair actions',
    note: 'The API path includes the chair transaction (version check, timer, NOTIFY) and the LISTEN round trip; the goal is ≤ 1.5× the bare server.',
    api: { url: graphqlUrl, token: devices.meetingScreenToken, query, trigger: apiTrigger },
    bare: { port: barePort, query: bareQuery, trigger: bareTrigger },
    cleanup,
  });
});
