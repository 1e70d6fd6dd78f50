import type { SeedStep } from '../../platform/module.js';
import { Building, Community } from '../community/index.js';
import { StaffRole, StaffUser } from '../staff/index.js';
import { Notice, NoticeCategory } from './notice.entity.js';

/** A water cut, service phone numbers, the corner's hours, a home-visit drive, lift maintenance. */
export const noticeSeed: SeedStep = async ({ em, communityId }) => {
  const community = em.getReference(Community, communityId);
  const buildings = await em.find(Building, { community: communityId }, { orderBy: { number: 'asc' }, filters: false });
  const admin = await em.findOneOrFail(
    StaffUser,
    { community: communityId, role: StaffRole.ADMIN },
    { filters: false },
  );
  const notices: Array<[NoticeCategory, string, string, number[]]> = [
    [
      NoticeCategory.PROPERTY,
      '停水通知',
      '因二次供水设备检修，12月2日（周三）9:00—15:00停水，请提前储水。给您带来不便，敬请谅解。',
      [1, 2, 3, 4, 5, 6],
    ],
    [
      NoticeCategory.SERVICE_PHONE,
      '常用服务电话',
      '物业服务中心：010-6512 3400\n社区卫生服务中心：010-6512 8800\n社区民警：010-6512 1100\n便民维修：010-6512 5566',
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
      '本月第一周，家庭医生团队将上门为80岁以上独居老人提供体检和用药指导，请保持电话畅通。',
      [3, 4, 7, 8],
    ],
    [
      NoticeCategory.PROPERTY,
      '电梯维保',
      '7号楼、8号楼电梯将于本周五下午进行年度维保，期间请走楼梯，注意安全。',
      [7, 8],
    ],
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
  await em.flush();
};
