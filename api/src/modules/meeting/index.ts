import type { LinliModule } from '../../platform/module.js';
import {
  AgendaItem,
  CouncilMember,
  Meeting,
  MeetingAction,
  MeetingAttendance,
  MeetingInvitee,
  MeetingVote,
} from './meeting.entity.js';
import { MEETING_CHANGED } from './meeting.events.js';
import { meetingReasons } from './meeting.reasons.js';

export const meetingModule: LinliModule = {
  name: 'meeting',
  entities: [CouncilMember, Meeting, MeetingInvitee, AgendaItem, MeetingVote, MeetingAction, MeetingAttendance],
  topics: [MEETING_CHANGED],
  reasons: meetingReasons,
};
