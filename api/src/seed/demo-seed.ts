import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import argon2 from 'argon2';
import type { MikroORM } from '@mikro-orm/postgresql';
import { StartupLock, startupError, withStartupLock } from '../platform/database.js';
import type { Logger } from '../platform/logger.js';
import { TokenPrefix, hashToken, newToken } from '../platform/tokens.js';
import { Building } from '../modules/community/building.entity.js';
import { Community } from '../modules/community/community.entity.js';
import { Device, DeviceKind } from '../modules/device/device.entity.js';
import { Notice, NoticeCategory } from '../modules/notice/notice.entity.js';
import { Resident } from '../modules/resident/resident.entity.js';
import { DEFAULT_END, DEFAULT_START, DEFAULT_WEEKDAYS } from '../modules/service-corner/corner-calendar.js';
import { generateSessions } from '../modules/service-corner/corner-setup.service.js';
import { CornerCounter, CornerService } from '../modules/service-corner/service-corner.entity.js';
import { StaffRole, StaffUser } from '../modules/staff/staff-user.entity.js';

/** What the demo prints so a fresh start opens a working kiosk and screens. */
export interface DemoDevices {
  kioskToken: string;
  serviceScreenToken: string;
  meetingScreenToken: string;
}

export const DEMO = {
  community: '幸福里社区',
  resident: { name: '张秀英', phone: '13800000001', pin: '123456', card: 'DEMO-CARD-0001' },
  residentPin: '123456',
  staff: [
    { username: 'admin', password: 'linli-admin', displayName: '王主任', role: StaffRole.ADMIN },
    { username: 'secretary', password: 'linli-secretary', displayName: '李秘书', role: StaffRole.SECRETARY },
    { username: 'staff', password: 'linli-staff', displayName: '赵社工', role: StaffRole.STAFF },
  ],
} as const;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = [
  '秀英',
  '桂英',
  '秀兰',
  '玉兰',
  '淑珍',
  '凤英',
  '建国',
  '建华',
  '国强',
  '志强',
  '德明',
  '福生',
  '丽华',
  '海燕',
  '红梅',
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '军',
  '杰',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '桂兰',
  '文华',
  '晓东',
  '子涵',
  '欣怡',
  '梓萱',
  '浩然',
  '宇轩',
  '一诺',
  '思远',
  '雨桐',
  '佳怡',
  '俊杰',
  '嘉豪',
  '明轩',
  '可馨',
  '诗涵',
];

/** Deterministic so the demo looks the same on every machine. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function birthDate(rand: () => number, minAge: number, maxAge: number): string {
  const age = minAge + Math.floor(rand() * (maxAge - minAge + 1));
  const y = 2026 - age;
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Seeds the demo community into an empty database; otherwise returns the earlier seed's devices.
 * Under an advisory lock: of two instances starting at once, one seeds and the other waits, then
 * finds the community and reads the devices the first one wrote.
 */
export async function seedDemo(orm: MikroORM, dataDir: string, log: Logger): Promise<DemoDevices | null> {
  try {
    return await withStartupLock(orm.config.get('clientUrl')!, StartupLock.demoSeed, log, () =>
      seedUnlocked(orm, dataDir, log),
    );
  } catch (err) {
    // A failing INSERT's message once printed the demo staff's password hashes at start-up.
    throw startupError('Seeding the demo community', err);
  }
}

async function seedUnlocked(orm: MikroORM, dataDir: string, log: Logger): Promise<DemoDevices | null> {
  const file = path.join(dataDir, 'demo-devices.json');
  const em = orm.em.fork();
  const existing = await em.count(Community, {});
  if (existing > 0) {
    return existsSync(file) ? (JSON.parse(await fs.readFile(file, 'utf8')) as DemoDevices) : null;
  }
  const started = Date.now();
  const rand = rng(2026);
  const community = em.create(Community, { name: DEMO.community } as Community);
  const buildings = Array.from({ length: 12 }, (_, i) =>
    em.create(Building, { community, number: i + 1, name: `${i + 1}号楼` } as Building),
  );
  // One hash for every demo PIN: argon2 is slow by design, and 200 of them would slow the first start.
  const pinHash = await argon2.hash(DEMO.residentPin);
  const total = 204;
  for (let i = 0; i < total; i++) {
    const b = buildings[i % 12];
    const first = i === 0;
    // ~32% aged 60+ (the plan's figure), a tenth of those 80+, many of them living alone.
    const r = rand();
    const band = first ? 'old' : r < 0.04 ? 'eldest' : r < 0.32 ? 'old' : r < 0.45 ? 'young' : 'adult';
    const born =
      band === 'eldest'
        ? birthDate(rand, 80, 94)
        : band === 'old'
          ? birthDate(rand, 60, 79)
          : band === 'young'
            ? birthDate(rand, 18, 29)
            : birthDate(rand, 30, 59);
    const surname = SURNAMES[Math.floor(rand() * SURNAMES.length)];
    const given = GIVEN[Math.floor(rand() * GIVEN.length)];
    em.create(Resident, {
      community,
      building: b,
      room: `${1 + Math.floor(i / 12 / 3) + 1}0${1 + (i % 3)}`,
      name: first ? DEMO.resident.name : surname + given,
      phone: first ? DEMO.resident.phone : `139${String(10000000 + i * 7919).slice(-8)}`,
      birthDate: first ? '1948-03-12' : born,
      livesAlone: first || (band === 'eldest' && rand() < 0.6) || (band === 'old' && rand() < 0.15),
      limitedMobility: band === 'eldest' ? rand() < 0.5 : band === 'old' && rand() < 0.08,
      pinHash,
      cardCode: first
        ? 'DEMOCARD0001'
        : `C${String(i).padStart(4, '0')}${Math.floor(rand() * 1e6)
            .toString(36)
            .toUpperCase()}`,
    } as Resident);
  }
  const staff: StaffUser[] = [];
  for (const s of DEMO.staff) {
    staff.push(
      em.create(StaffUser, {
        community,
        username: s.username,
        displayName: s.displayName,
        role: s.role,
        passwordHash: await argon2.hash(s.password),
      } as StaffUser),
    );
  }
  const devices: DemoDevices = {
    kioskToken: newToken(TokenPrefix.device),
    serviceScreenToken: newToken(TokenPrefix.device),
    meetingScreenToken: newToken(TokenPrefix.device),
  };
  const device = (kind: DeviceKind, name: string, location: string, token: string) =>
    em.create(Device, { community, kind, name, location, tokenHash: hashToken(token) } as Device);
  device(DeviceKind.KIOSK, '大堂自助机', '社区服务中心大堂', devices.kioskToken);
  device(DeviceKind.SCREEN, '便民服务角大屏', '中心广场便民服务角', devices.serviceScreenToken);
  device(DeviceKind.SCREEN, '议事厅大屏', '党群服务中心议事厅', devices.meetingScreenToken);

  const admin = staff[0];
  const notices: Array<[NoticeCategory, string, string, number[]]> = [
    [
      NoticeCategory.PROPERTY,
      '停水通知',
      '因二次供水设备检修,12月2日(周三)9:00—15:00停水,请提前储水。给您带来不便,敬请谅解。',
      [1, 2, 3, 4, 5, 6],
    ],
    [
      NoticeCategory.SERVICE_PHONE,
      '常用服务电话',
      '物业服务中心:010-6512 3400\n社区卫生服务中心:010-6512 8800\n社区民警:010-6512 1100\n便民维修:010-6512 5566',
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    ],
    [
      NoticeCategory.ACTIVITY,
      '便民服务角开放',
      '每周三、周六上午9:00—12:00,中心广场便民服务角提供修锁配钥匙、家电调试、证件照、法律咨询、理发等服务。',
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    ],
    [
      NoticeCategory.ACTIVITY,
      '健康管家进家门',
      '本月第一周,家庭医生团队将上门为80岁以上独居老人提供体检和用药指导,请保持电话畅通。',
      [3, 4, 7, 8],
    ],
    [NoticeCategory.PROPERTY, '电梯维保', '7号楼、8号楼电梯将于本周五下午进行年度维保,期间请走楼梯,注意安全。', [7, 8]],
  ];
  notices.forEach(([category, title, body, nums], i) => {
    const n = em.create(Notice, {
      community,
      category,
      title,
      body,
      author: admin,
      publishedAt: new Date(Date.now() - (notices.length - i) * 3600_000),
    } as Notice);
    n.buildings.set(nums.map((k) => buildings[k - 1]));
  });
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
  // The same generation as the console's "generate sessions": Wed & Sat 9:00–12:00, 8 weeks.
  await generateSessions(em, community.id, {
    weekdays: DEFAULT_WEEKDAYS,
    startTime: DEFAULT_START,
    endTime: DEFAULT_END,
    weeks: 8,
  });
  await fs.mkdir(dataDir, { recursive: true });
  await fs.writeFile(file, JSON.stringify(devices, null, 2), { mode: 0o600 });
  log.info({ ms: Date.now() - started }, 'seeded the demo community');
  return devices;
}

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
