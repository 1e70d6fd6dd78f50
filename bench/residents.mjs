// Residents page benchmark (issue 10): the console's `residents` query at 5,000 and at 50,000
// residents in one community among 20 (the others padded so the table holds ~1,000,000 rows),
// through GraphQL and, in the same run, the same SQL through `pg` (as the API's role, under the
// same row-level security, with the same parameters: api/dist/modules/resident/search.js).
// Prints p50/p99 per query, the ratios p99(50k)/p99(5k) for both and API/pg, and EXPLAIN at 50k.
//   npm run build -w api && npm run bench:residents
// Knobs: BENCH_TOTAL rows in all (1000000), BENCH_SAMPLES per query and size (200).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { pinyin } from 'pinyin-pro';
import { fmtInt, fmtMs, fmtRatio, intFromEnv, runBench, startApi, table } from './lib.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const settings = { total: intFromEnv('BENCH_TOTAL', 1_000_000), samples: intFromEnv('BENCH_SAMPLES', 200) };
const SMALL = 5_000;
const LARGE = 50_000;
const COMMUNITIES = 20;

const dist = (p) => pathToFileURL(path.join(repoRoot, 'api', 'dist', p)).href;
const { searchParams } = await import(dist('modules/resident/search.js'));
const { RESIDENT_SEARCH } = await import(dist('modules/resident/resident.sql.js'));

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '秀英 桂英 秀兰 玉兰 淑珍 凤英 建国 建华 国强 志强 德明 福生 丽华 海燕 红梅 伟 芳 娜 敏 静 磊 洋 勇 军 杰 涛 明 超 霞 平 刚 桂兰 文华 晓东 子涵 欣怡 梓萱 浩然 宇轩 一诺 思远 雨桐 佳怡 俊杰 嘉豪 明轩 可馨 诗涵'.split(
    ' ',
  );

/** Every name of the pool with its search keys (as the entity keeps them: pinyin-pro, surname mode). */
function namePool() {
  const names = [];
  for (const s of SURNAMES) for (const g of GIVEN) names.push(s + g);
  return names.map((name) => {
    const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
      .map((x) => x.toLowerCase().replace(/[^a-z0-9]/g, ''))
      .filter(Boolean);
    return { name, initials: syllables.map((x) => x[0]).join(''), pinyin: syllables.join('') };
  });
}

/**
 * Adds `count` residents to a community, numbered from `from` (phones are unique per number):
 * 12 buildings × 4 units, rooms 101–3004, a spread of ages (about 9% 80+), 15% living alone.
 */
async function addResidents(db, communityId, communityNo, from, count, pool) {
  const names = pool.map((p) => p.name);
  const initials = pool.map((p) => p.initials);
  const pinyins = pool.map((p) => p.pinyin);
  for (let start = from; start < from + count; start += 50_000) {
    const n = Math.min(50_000, from + count - start);
    await db.query(
      `INSERT INTO resident (id, community_id, building_id, unit, room, name, name_initials, name_pinyin, phone,
                             birth_date, lives_alone, limited_mobility, pin_failures, created_at, version)
       SELECT gen_random_uuid(), $1, b.id, 1 + (i / 7) % 4, ((i / 28) % 30 + 1)::text || lpad(((i % 7) + 1)::text, 2, '0'),
              ($3::text[])[1 + k], ($4::text[])[1 + k], ($5::text[])[1 + k],
              '1' || lpad(($2::bigint * 100000000 + i)::text, 10, '0'),
              date '2008-01-01' - ((hashint4(i) & 2147483647) % 28000),
              (hashint4(i + 7) & 2147483647) % 100 < 15, (hashint4(i + 13) & 2147483647) % 100 < 6, 0, now(), 1
         FROM generate_series($6::int, $7::int) i
         CROSS JOIN LATERAL (SELECT (hashint4(i + 1) & 2147483647) % array_length($3::text[], 1) AS k) kk
         JOIN building b ON b.community_id = $1 AND b.number = 1 + (i / 3) % 12`,
      [communityId, communityNo, names, initials, pinyins, start, start + n - 1],
    );
  }
}

/** Twelve buildings for a new community. */
async function newCommunity(db, no) {
  const {
    rows: [c],
  } = await db.query(
    `INSERT INTO community (id, name, created_at) VALUES (gen_random_uuid(), $1, now()) RETURNING id`,
    [`压测社区${no}`],
  );
  await db.query(
    `INSERT INTO building (id, community_id, number, name)
     SELECT gen_random_uuid(), $1, n, n || '号楼' FROM generate_series(1, 12) n`,
    [c.id],
  );
  return c.id;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const QUERY = `query($search: String, $ageBand: AgeBand, $livesAlone: Boolean, $offset: Int!, $limit: Int!) {
  residents(search: $search, ageBand: $ageBand, livesAlone: $livesAlone, offset: $offset, limit: $limit) {
    total items { id name age unit room phoneMasked livesAlone limitedMobility movedAway building { id number name } }
  }
}`;

/** What the API loads for a page's residents after the search (the ORM's second statement, by hand). */
const LOAD = `SELECT r.*, b.number, b.name AS building_name FROM resident r JOIN building b ON b.id = r.building_id
  WHERE r.community_id = $1 AND r.id = ANY($2::uuid[])`;

runBench(async ({ cleanup }) => {
  const api = await startApi(cleanup, repoRoot);
  await api.ready;
  const graphqlUrl = `${api.url}/graphql`;
  const owner = new pg.Pool({ connectionString: await api.databaseUrl(), max: 2 });
  cleanup.add('close the owner pool', () => owner.end());

  const signIn = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { signInStaff(input: { username: "staff", password: "linli-staff" }) { token } }',
    }),
  }).then((r) => r.json());
  const auth = { authorization: `Bearer ${signIn.data.signInStaff.token}`, 'content-type': 'application/json' };
  const {
    rows: [{ community_id: communityId }],
  } = await owner.query(`SELECT community_id FROM staff_user WHERE username = 'staff'`);

  // The same SQL through pg: the API's role, the community set as the API sets it.
  const direct = new pg.Client({ connectionString: await api.databaseUrl() });
  await direct.connect();
  cleanup.add('close the direct client', () => direct.end());
  await direct.query(`SET ROLE linli_app`);
  await direct.query(`SELECT set_config('linli.community_id', $1, false)`, [communityId]);

  const pool = namePool();
  const t0 = Date.now();
  const perOther = Math.max(0, Math.floor((settings.total - LARGE) / (COMMUNITIES - 1)));
  for (let no = 1; no < COMMUNITIES; no++) {
    const id = await newCommunity(owner, no);
    await addResidents(owner, id, no, 0, perOther, pool);
    process.stdout.write(`\rfilling: community ${no}/${COMMUNITIES - 1}, ${fmtInt(perOther * no)} rows`);
  }
  const { rows: demo } = await owner.query('SELECT count(*)::int AS n FROM resident WHERE community_id = $1', [
    communityId,
  ]);
  await addResidents(owner, communityId, 99, 0, SMALL - demo[0].n, pool);
  await owner.query('VACUUM ANALYZE resident');
  console.log(`\nfilled in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  // Each query: a GraphQL request and the same statements through pg.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const { rows: sample } = await owner.query(
    `SELECT r.phone, b.number, r.unit, r.room FROM resident r JOIN building b ON b.id = r.building_id
        WHERE r.community_id = $1 AND r.phone LIKE '1%' ORDER BY r.phone DESC LIMIT 1`,
    [communityId],
  );
  const queries = [
    { name: 'initials zxy', vars: { search: 'zxy' } },
    { name: 'phone tail', vars: { search: sample[0].phone.slice(-4) } },
    { name: 'address b-u-room', vars: { search: `${sample[0].number}-${sample[0].unit}-${sample[0].room}` } },
    { name: '80+ living alone', vars: { ageBand: 'EIGHTY_PLUS', livesAlone: true } },
    { name: 'page 40', vars: { offset: 39 * 25 } },
  ];
  const numbered = RESIDENT_SEARCH.numbered;
  const order = [...new Set(RESIDENT_SEARCH.names)];
  const paramsOf = (vars) => {
    const p = { ...searchParams({ limit: 25, offset: 0, ...vars }, today), community: communityId };
    return order.map((n) => p[n]);
  };
  const viaApi = async (vars) => {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ query: QUERY, variables: { limit: 25, offset: 0, ...vars } }),
    }).then((r) => r.json());
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.residents.total;
  };
  const viaPg = async (vars) => {
    const {
      rows: [r],
    } = await direct.query(numbered, paramsOf(vars));
    if (r.ids.length) await direct.query(LOAD, [communityId, r.ids]);
    return r.total;
  };

  async function measure(size) {
    const out = {};
    for (const q of queries) {
      const lat = { api: [], pg: [] };
      const totals = { api: await viaApi(q.vars), pg: await viaPg(q.vars) };
      for (let i = 0; i < 20; i++) await Promise.all([viaApi(q.vars), viaPg(q.vars)]).catch(() => undefined);
      for (let i = 0; i < settings.samples; i++) {
        // Interleaved, one at a time: the two never compete for the cores.
        for (const [kind, fn] of i % 2
          ? [
              ['api', viaApi],
              ['pg', viaPg],
            ]
          : [
              ['pg', viaPg],
              ['api', viaApi],
            ]) {
          const t = performance.now();
          await fn(q.vars);
          lat[kind].push(performance.now() - t);
        }
      }
      for (const k of ['api', 'pg']) lat[k].sort((a, b) => a - b);
      out[q.name] = {
        total: totals.api,
        totalsAgree: totals.api === totals.pg,
        api: { p50: percentile(lat.api, 50), p99: percentile(lat.api, 99) },
        pg: { p50: percentile(lat.pg, 50), p99: percentile(lat.pg, 99) },
      };
      process.stdout.write(`\r${size}: ${q.name}                    `);
    }
    console.log('');
    return out;
  }

  const small = await measure('5k');
  const { rows: now } = await owner.query('SELECT count(*)::int AS n FROM resident WHERE community_id = $1', [
    communityId,
  ]);
  await addResidents(owner, communityId, 99, SMALL, LARGE - now[0].n, pool);
  await owner.query('VACUUM ANALYZE resident');
  const large = await measure('50k');
  const { rows: all } = await owner.query('SELECT count(*)::int AS n FROM resident');

  console.log(
    `\nresidents: ${fmtInt(all[0].n)} rows in ${COMMUNITIES} communities; the measured one at 5,000 then 50,000. ` +
      `${settings.samples} samples per query and size, API and pg interleaved. Times in ms.\n`,
  );
  console.log(
    table(
      [
        'query',
        'matches 5k/50k',
        'API p50 5k',
        'API p99 5k',
        'API p50 50k',
        'API p99 50k',
        'pg p50 5k',
        'pg p99 5k',
        'pg p50 50k',
        'pg p99 50k',
      ],
      queries.map(({ name }) => [
        name,
        `${fmtInt(small[name].total)}/${fmtInt(large[name].total)}${small[name].totalsAgree && large[name].totalsAgree ? '' : ' (API≠pg!)'}`,
        fmtMs(small[name].api.p50),
        fmtMs(small[name].api.p99),
        fmtMs(large[name].api.p50),
        fmtMs(large[name].api.p99),
        fmtMs(small[name].pg.p50),
        fmtMs(small[name].pg.p99),
        fmtMs(large[name].pg.p50),
        fmtMs(large[name].pg.p99),
      ]),
    ),
  );
  console.log('\nratios (target: p99 at 50k within 1.5× of p99 at 5k)\n');
  console.log(
    table(
      ['query', 'API p99 50k/5k', 'pg p99 50k/5k', 'API/pg p99 at 50k', 'API/pg p50 at 50k'],
      queries.map(({ name }) => [
        name,
        fmtRatio(large[name].api.p99 / small[name].api.p99),
        fmtRatio(large[name].pg.p99 / small[name].pg.p99),
        fmtRatio(large[name].api.p99 / large[name].pg.p99),
        fmtRatio(large[name].api.p50 / large[name].pg.p50),
      ]),
    ),
  );

  console.log('\nEXPLAIN (ANALYZE, BUFFERS) at 50k, as the API runs it (its role, row-level security on):');
  for (const q of queries) {
    const { rows } = await direct.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${numbered}`, paramsOf(q.vars));
    console.log(`\n-- ${q.name}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  }
});
