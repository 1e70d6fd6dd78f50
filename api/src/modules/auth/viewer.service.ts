import type { Context } from '../../platform/context.js';
import { Community } from '../community/community.entity.js';
import { Device } from '../device/device.entity.js';
import { Resident } from '../resident/resident.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
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
    return { community, staff, device, resident };
  },
};
