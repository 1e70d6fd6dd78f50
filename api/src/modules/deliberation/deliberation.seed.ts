import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedStep } from '../../platform/module.js';
import { withCommunity } from '../../platform/row-security.js';
import { row, rows } from '../../platform/sql.js';
import { localDate } from '../../platform/time.js';
import { DEMO_RESIDENT } from '../resident/index.js';
import { addDays, roundOf } from './calendar.js';
import { MatterCategory, MatterStatus, MatterUrgency, PartyKind, SuggestionSource } from './deliberation.entity.js';
import { addEvent, refOf } from './deliberation.service.js';
import {
  ANSWER,
  CLASSIFY,
  DEMO_RESIDENTS,
  INSERT_MATTER,
  INSERT_PARTY,
  INSERT_SUGGESTION,
  NEXT_NUMBER,
  SET_STATUS,
} from './deliberation.sql.js';

const PARTIES: Array<[string, PartyKind, string, string]> = [
  ['幸福物业服务有限公司', PartyKind.PROPERTY, '王经理', '0571-86001234'],
  ['幸福里派出所', PartyKind.POLICE, '李警官', '0571-86005678'],
  ['街道城市管理科', PartyKind.DEPARTMENT, '赵科长', '0571-86009012'],
];

interface Demo {
  title: string;
  details: string;
  category: MatterCategory;
  source: SuggestionSource;
  /** Who suggested it: index into the residents (0: the demo resident 张秀英). */
  by: number[];
  urgency?: MatterUrgency;
  owner?: number;
  status?: MatterStatus;
  answer?: string;
}

const DEMOS: Demo[] = [
  {
    title: '楼道加装扶手',
    details: '3号楼楼梯陡，老人上下楼不方便，建议每层加装扶手。',
    category: MatterCategory.ELDERLY,
    source: SuggestionSource.KIOSK,
    by: [0, 3],
    urgency: MatterUrgency.URGENT,
    owner: 0,
  },
  {
    title: '小区路灯不亮',
    details: '2号楼和3号楼之间的路灯坏了一个多星期，晚上很黑。',
    category: MatterCategory.CONVENIENCE,
    source: SuggestionSource.KIOSK,
    by: [0],
  },
  {
    title: '放学托管增加周五晚场',
    details: '周五家长下班晚，希望托管延长到19:30。',
    category: MatterCategory.CHILDCARE,
    source: SuggestionSource.BUILDING_LEADER,
    by: [1],
    urgency: MatterUrgency.KEY,
  },
  {
    title: '电动车在楼道充电',
    details: '1号楼有人把电动车推进楼道充电，有火灾隐患。',
    category: MatterCategory.CONVENIENCE,
    source: SuggestionSource.GRID_WORKER,
    by: [2],
    urgency: MatterUrgency.URGENT,
    owner: 2,
  },
  {
    title: '增设老年助餐送餐',
    details: '行动不便的老人希望驿站能送餐上门。',
    category: MatterCategory.ELDERLY,
    source: SuggestionSource.PAPER,
    by: [4],
  },
  {
    title: '儿童游乐区地面破损',
    details: '滑梯下面的软垫破了，孩子容易绊倒。',
    category: MatterCategory.CHILDCARE,
    source: SuggestionSource.KIOSK,
    by: [1, 5],
    urgency: MatterUrgency.URGENT,
    owner: 0,
    status: MatterStatus.CLOSED,
    answer: '物业已更换滑梯下的软垫（本月8日完工），谢谢您的建议。',
  },
];

async function suggest(em: EntityManager, residents: string[], round: string, d: Demo): Promise<string> {
  const n = (await row(em, NEXT_NUMBER, { round }))!.last;
  const matter = randomUUID();
  await row(em, INSERT_MATTER, { id: matter, ref: refOf(round, n), round, title: d.title, category: d.category });
  for (const i of d.by) {
    await row(em, INSERT_SUGGESTION, {
      id: randomUUID(),
      matter,
      resident: residents[i],
      title: d.title,
      details: d.details,
      category: d.category,
      source: d.source,
      enteredBy: null,
      round,
      key: `demo-${matter}-${i}`,
    });
  }
  await addEvent(em, matter, { kind: 'SUBMITTED', public: true, detail: { source: d.source } });
  return matter;
}

/**
 * Three outside parties and this round's suggestions in every state: new ones (two from the demo
 * resident 张秀英), classified ones with their clocks and owners, and one answered and closed.
 */
export const deliberationSeed: SeedStep = ({ em, communityId }) =>
  withCommunity(communityId, async () => {
    const parties = [];
    for (const [name, kind, contact, phone] of PARTIES) {
      parties.push((await row(em, INSERT_PARTY, { name, kind, contact, phone, archived: false }))!.id);
    }
    const residents = (await rows(em, DEMO_RESIDENTS, { demoPhone: DEMO_RESIDENT.phone })).map((r) => r.id);
    const today = localDate();
    const round = roundOf(today);
    for (const d of DEMOS) {
      const matter = await suggest(em, residents, round, d);
      if (!d.urgency) continue;
      const due = d.urgency === MatterUrgency.URGENT ? addDays(today, 7) : addDays(today, 30);
      await row(em, CLASSIFY, {
        id: matter,
        urgency: d.urgency,
        category: d.category,
        title: null,
        staff: null,
        party: d.owner !== undefined ? parties[d.owner] : null,
        quarter: null,
        due,
        now: new Date(),
      });
      await addEvent(em, matter, {
        kind: 'CLASSIFIED',
        public: true,
        detail: { urgency: d.urgency, dueDay: due, subject: d.owner !== undefined ? PARTIES[d.owner][0] : null },
      });
      if (d.status === MatterStatus.CLOSED) {
        await row(em, SET_STATUS, { id: matter, status: MatterStatus.ADOPTED, declined: false });
        await addEvent(em, matter, {
          kind: 'DECIDED',
          public: true,
          text: '同意由物业更换软垫',
          detail: { outcome: 'ADOPTED' },
        });
        await row(em, SET_STATUS, { id: matter, status: MatterStatus.DONE, declined: false });
        await addEvent(em, matter, { kind: 'DONE', public: true, text: '软垫已更换' });
        await row(em, ANSWER, { id: matter, answer: d.answer!, now: new Date() });
        await addEvent(em, matter, { kind: 'ANSWERED', public: true, text: d.answer! });
      }
    }
  });
