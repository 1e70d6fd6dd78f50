/** Why a meeting request was refused. */
export enum MeetingReason {
  MEETING_CHANGED = 'MEETING_CHANGED',
  MEETING_STATE = 'MEETING_STATE',
  MEETING_ROUND_TAKEN = 'MEETING_ROUND_TAKEN',
  NO_CURRENT_ITEM = 'NO_CURRENT_ITEM',
  TIMER_RUNNING = 'TIMER_RUNNING',
  TIMER_NOT_RUNNING = 'TIMER_NOT_RUNNING',
  ITEM_DONE = 'ITEM_DONE',
  AGENDA_MISMATCH = 'AGENDA_MISMATCH',
  ALREADY_ON_AGENDA = 'ALREADY_ON_AGENDA',
  ALREADY_INVITED = 'ALREADY_INVITED',
  ALREADY_ON_COUNCIL = 'ALREADY_ON_COUNCIL',
  COUNCIL_HAS_CHAIR = 'COUNCIL_HAS_CHAIR',
  NOT_CHECK_IN_WINDOW = 'NOT_CHECK_IN_WINDOW',
}

export const meetingReasons: Record<MeetingReason, string> = {
  MEETING_CHANGED: 'The meeting changed since it was read (version: the current one): load it again',
  MEETING_STATE: 'The meeting is not in a state that allows this (planned, live or closed)',
  MEETING_ROUND_TAKEN: "This month's council meeting exists already",
  NO_CURRENT_ITEM: 'No agenda item is under discussion now',
  TIMER_RUNNING: "The item's timer is running already",
  TIMER_NOT_RUNNING: "The item's timer is paused already",
  ITEM_DONE: 'This agenda item has been discussed already, or is under discussion',
  AGENDA_MISMATCH: 'The new order must list every item of the agenda exactly once',
  ALREADY_ON_AGENDA: 'This matter is on the agenda already',
  ALREADY_INVITED: 'Invited already',
  ALREADY_ON_COUNCIL: 'This resident sits on the council already',
  COUNCIL_HAS_CHAIR: 'The council has a chair already: end that seat first',
  NOT_CHECK_IN_WINDOW: 'Check-in is open on the meeting day (before it starts) and while it runs',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    meeting: MeetingReason;
  }
}
