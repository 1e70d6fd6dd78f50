import type { SeedStep } from '../../platform/module.js';
import { Community } from '../community/index.js';
import { DEFAULT_END, DEFAULT_START, DEFAULT_WEEKDAYS, patternSlots } from './calendar.js';
import { Desk, Offering } from './corner.entity.js';
import { insertOpenings, workingSlots } from './openings.service.js';

/** The plan's ten offerings, three desks, and openings Wed & Sat 9:00–12:00 for 8 weeks. */
export const cornerSeed: SeedStep = async ({ em, communityId }) => {
  const community = em.getReference(Community, communityId);
  const offerings = OFFERINGS.map(([name, provider, typicalMinutes], i) =>
    em.create(Offering, {
      community,
      letter: String.fromCharCode(65 + i),
      name,
      provider,
      typicalMinutes,
    } as Offering),
  );
  // Three desks; each usually serves some of the lines (A–B, C–E, F–J).
  DESKS.forEach(([name, from, to]) => {
    const desk = em.create(Desk, { community, name } as Desk);
    desk.offerings.set(offerings.slice(from, to));
  });
  await em.flush();
  // The same generation as the console's "generate openings" (statutory holidays stay closed).
  const slots = patternSlots({ weekdays: DEFAULT_WEEKDAYS, startTime: DEFAULT_START, endTime: DEFAULT_END, weeks: 8 });
  await insertOpenings(em, workingSlots(slots), communityId);
};

/** The demo's desks: name, and the range of offerings (by index) each usually serves. */
const DESKS: Array<[string, number, number]> = [
  ['1号台', 0, 2],
  ['2号台', 2, 5],
  ['3号台', 5, 10],
];

/** The plan's ten basic services of the 便民服务角, with who provides them and minutes per visit. */
const OFFERINGS: Array<[string, string, number]> = [
  ['修锁配钥匙', '王师傅（锁具维修）', 8],
  ['家电调试', '李师傅（家电维修）', 15],
  ['证件照拍摄', '幸福照相馆', 5],
  ['法律咨询', '社区法律顾问 陈律师', 20],
  ['理发', '爱心理发 张阿姨', 15],
  ['磨刀修剪刀', '刘师傅', 5],
  ['修鞋修伞', '周师傅', 10],
  ['血压血糖测量', '社区卫生服务中心', 5],
  ['手机使用帮助', '大学生志愿者', 10],
  ['缝补衣物', '巧手志愿队', 10],
];
