import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusedAtCommit, failCommitsWhere, hearEvents } from '../../../test/events.js';
import { TestApp, twoInstances, untilFlowing, watch } from '../../../test/harness.js';
import { meetingWorld, must, type Live } from '../../../test/meeting.js';

const SUBSCRIBE = 'subscription($m: ID!) { meetingChanged(meetingId: $m) { meetingId version } }';
type Change = { meetingChanged: { meetingId: string; version: number } };

const VOTE = {
  fields: ', question: $q, for: $f, against: $a, abstain: $x',
  args: ', $q: String!, $f: Int!, $a: Int!, $x: Int!',
};

/** A staff change that always moves the version: the first item's time box, set again. */
let minutes = 5;
const poke = (w: Awaited<ReturnType<typeof meetingWorld>>) =>
  must(
    w.chair(
      'setAgendaTimeBox',
      { fields: ', itemId: $i, minutes: $n', args: ', $i: ID!, $n: Int!', vars: { i: w.itemIds[0], n: ++minutes } },
      undefined,
      w.staff,
    ),
  );

describe('meetingChanged', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ config: { logLevel: 'silent' } });
  });
  afterAll(() => t.stop());

  it('delivers every chair action’s new version, in order, over a real WebSocket; other communities hear nothing', async () => {
    const w = await meetingWorld(t, { council: 1, items: 2 });
    const other = await meetingWorld(t, { council: 1, items: 1 });
    const screen = watch<Change>(t.ws(w.screen), SUBSCRIBE, { m: w.meetingId });
    const staffWatch = watch<Change>(t.ws(w.staff), SUBSCRIBE, { m: w.meetingId });
    // Another community's screen, subscribed to this meeting's id, and to its own meeting.
    const otherSocket = t.ws(other.screen);
    const foreign = watch<Change>(otherSocket, SUBSCRIBE, { m: w.meetingId });
    const foreignOwn = watch<Change>(otherSocket, SUBSCRIBE, { m: other.meetingId });
    // Warm-up: a time box set moves the version each time; wait until every listener hears.
    await untilFlowing(screen, () => poke(w));
    await untilFlowing(staffWatch, () => poke(w));
    await untilFlowing(foreignOwn, () => poke(other));

    await must(w.checkInByStaff(w.residents[0].id));
    const steps: Array<[string, Record<string, unknown>?]> = [
      ['startMeeting'],
      ['startItemTimer'],
      ['pauseItemTimer'],
      ['recordVote', { ...VOTE, vars: { q: '表决', f: 1, a: 0, x: 0 } }],
      ['nextAgendaItem'],
      ['closeMeeting'],
    ];
    const versions: number[] = [];
    for (const [name, extra] of steps) {
      const live = (await must(w.chair(name, extra as never))) as Record<string, Live>;
      const version = live[name].version;
      versions.push(version);
      // The screen hears this version before the chair's next action.
      await screen.until((e) => e.some((x) => x.meetingChanged.version === version));
    }
    await staffWatch.until((e) => e.some((x) => x.meetingChanged.version === versions.at(-1)));
    const heard = (events: Change[]) => events.map((e) => e.meetingChanged.version).filter((v) => v >= versions[0]);
    expect(heard(screen.events)).toEqual(versions);
    expect(heard(staffWatch.events)).toEqual(versions);
    expect(versions).toEqual(versions.map((_, i) => versions[0] + i));
    expect(screen.events.every((e) => e.meetingChanged.meetingId === w.meetingId)).toBe(true);

    // The other community's listeners: a change of their own arrives after ours, and nothing of ours did.
    const seen = foreignOwn.events.length;
    await poke(other);
    await foreignOwn.until((e) => e.length > seen);
    expect(foreign.events).toEqual([]);
    expect(foreignOwn.events.every((e) => e.meetingChanged.meetingId === other.meetingId)).toBe(true);
  });

  it('publishes nothing when the change does not commit', async () => {
    const w = await meetingWorld(t, { council: 1, items: 2 });
    await failCommitsWhere(t, 'agenda_item', `NEW.status = 'CURRENT' AND NEW.title = '议题1'`);
    const events = await hearEvents(t);
    try {
      const before = await w.read();
      expectRefusedAtCommit(await w.chair('startMeeting'));
      expect((await w.read()).version).toBe(before.version);
      await must(w.checkInByStaff(w.residents[0].id));
      const first = await events.first('MEETING_CHANGED');
      expect(first.d).toMatchObject({ meetingId: w.meetingId, version: before.version + 1 });
      expect(events.heard.filter((h) => h.t === 'MEETING_CHANGED')).toHaveLength(1);
    } finally {
      await events.stop();
    }
  });
});

describe('meetingChanged across API instances', () => {
  const both = twoInstances({ logLevel: 'silent' });

  it('reaches a screen on instance B when the chair acts on instance A', async () => {
    const { a, b } = both;
    const w = await meetingWorld(a, { council: 1, items: 2 });
    const screen = watch<Change>(b.ws(w.screen), SUBSCRIBE, { m: w.meetingId });
    await untilFlowing(screen, () => poke(w));
    const started = (await must(w.chair('startMeeting'))).startMeeting;
    await screen.until((e) => e.some((x) => x.meetingChanged.version === started.version));
    const next = (await must(w.chair('nextAgendaItem'))).nextAgendaItem;
    await screen.until((e) => e.some((x) => x.meetingChanged.version === next.version));
    // What B answers for that version is what A wrote.
    const seen = await must(
      b.gql<{ meeting: Live }>(
        'query($id: ID!) { meeting(id: $id) { version currentItemId } }',
        { id: w.meetingId },
        w.screen,
      ),
    );
    expect(seen.meeting).toEqual({ version: next.version, currentItemId: next.items[1].id });
  });
});
