/** Something the meeting-room screen shows changed: the meeting's new version. */
export interface MeetingEvent {
  communityId: string;
  meetingId: string;
  version: number;
}

export const MEETING_CHANGED = 'MEETING_CHANGED';

declare module '../../platform/pubsub.js' {
  interface Topics {
    MEETING_CHANGED: [MeetingEvent];
  }
}
