import argon2 from 'argon2';
import type { SeedStep } from '../../platform/module.js';
import { Building, Community } from '../community/index.js';
import { Resident } from './resident.entity.js';

/** The resident the README and the tests sign in as; every demo resident's PIN is hers. */
export const DEMO_RESIDENT = { name: '张秀英', phone: '13800000001', pin: '123456', card: 'DEMO-CARD-0001' } as const;

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

/** 204 residents over the twelve buildings: ~32% aged 60+ (the plan's figure), a tenth of those 80+. */
export const residentSeed: SeedStep = async ({ em, communityId }) => {
  const rand = rng(2026);
  const community = em.getReference(Community, communityId);
  const buildings = await em.find(Building, { community: communityId }, { orderBy: { number: 'asc' }, filters: false });
  // One hash for every demo PIN: argon2 is slow by design, and 200 of them would slow the first start.
  const pinHash = await argon2.hash(DEMO_RESIDENT.pin);
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
      name: first ? DEMO_RESIDENT.name : surname + given,
      phone: first ? DEMO_RESIDENT.phone : `139${String(10000000 + i * 7919).slice(-8)}`,
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
  await em.flush();
};
