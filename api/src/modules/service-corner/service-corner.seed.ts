import type { SeedStep } from '../../platform/module.js';
import { Community } from '../community/index.js';
import { DEFAULT_END, DEFAULT_START, DEFAULT_WEEKDAYS } from './corner-calendar.js';
import { generateSessions } from './corner-setup.service.js';
import { CornerCounter, CornerService } from './service-corner.entity.js';

/** The plan's ten services, three counters, and sessions Wed & Sat 9:00–12:00 for 8 weeks. */
export const cornerSeed: SeedStep = async ({ em, communityId }) => {
  const community = em.getReference(Community, communityId);
  const services = CORNER_SERVICES.map(([name, provider, typicalMinutes], i) =>
    em.create(CornerService, {
      community,
      letter: String.fromCharCode(65 + i),
      name,
      provider,
      typicalMinutes,
    } as CornerService),
  );
  // Three counters; each usually serves some of the lines (A–B, C–E, F–J).
  CORNER_COUNTERS.forEach(([name, from, to]) => {
    const counter = em.create(CornerCounter, { community, name } as CornerCounter);
    counter.services.set(services.slice(from, to));
  });
  await em.flush();
  // The same generation as the console's "generate sessions".
  await generateSessions(em, communityId, {
    weekdays: DEFAULT_WEEKDAYS,
    startTime: DEFAULT_START,
    endTime: DEFAULT_END,
    weeks: 8,
  });
};

/** The demo's counters: name, and the range of services (by index) each usually serves. */
const CORNER_COUNTERS: Array<[string, number, number]> = [
  ['1号台', 0, 2],
  ['2号台', 2, 5],
  ['3号台', 5, 10],
];

/** The plan's ten basic services of the 便民服务角, with who provides them and minutes per visit. */
const CORNER_SERVICES: Array<[string, string, number]> = [
  ['修锁配钥匙', '王师傅(锁具维修)', 8],
  ['家电调试', '李师傅(家电维修)', 15],
  ['证件照拍摄', '幸福照相馆', 5],
  ['法律咨询', '社区法律顾问 陈律师', 20],
  ['理发', '爱心理发 张阿姨', 15],
  ['磨刀修剪刀', '刘师傅', 5],
  ['修鞋修伞', '周师傅', 10],
  ['血压血糖测量', '社区卫生服务中心', 5],
  ['手机使用帮助', '大学生志愿者', 10],
  ['缝补衣物', '巧手志愿队', 10],
];
