import type { Context } from '../../platform/context.js';
import { Community } from '../community/index.js';
import { Device } from '../device/index.js';
import { Resident } from '../resident/index.js';
import { StaffUser } from '../staff/index.js';
import type { Viewer } from './auth.types.js';

export const ViewerService = {
  async viewer(ctx: Context): Promise<Viewer> {
    const { principal: p, em } = ctx;
    const [community, staff, device, resident] = await Promise.all([
      p.communityId ? em.findOne(Community, { id: p.communityId }) : null,
      p.staff ? em.findOne(StaffUser, { id: p.staff.id }) : null,
      p.device ? em.findOne(Device, { id: p.device.id }) : null,
      p.resident ? em.findOne(Resident, { id: p.resident.id }, { populate: ['building'] }) : null,
    ]);
    return {
      community,
      staff,
      device,
      resident,
      mustChangePassword: !!p.staff?.mustChangePassword,
      operator: !!p.operator,
    };
  },
};
