import { graphql } from '$gql';

/** Everything the meeting-room screen shows of a meeting. */
export const MeetingScreenState = graphql(`
  fragment MeetingScreenState on MeetingLive {
    id
    version
    status
    title
    day
    place
    now
    startedAt
    closedAt
    currentItemId
    items {
      id
      position
      title
      matterRef
      status
      timeBoxMinutes
      usedMs
      runningSince
      outcome
      decision
    }
    quorum {
      attendees
      councilSize
      present
      needed
      met
    }
    lastVote {
      id
      itemId
      question
      for
      against
      abstain
      quorumMet
      carried
    }
    decisions {
      id
      title
      outcome
      decision
    }
  }
`);

/** The meeting running now, else the next one planned. */
export const MeetingScreenCurrent = graphql(`
  query MeetingScreenCurrent {
    currentMeeting {
      ...MeetingScreenState
    }
  }
`);

/** One meeting, after its change event. */
export const MeetingScreenMeeting = graphql(`
  query MeetingScreenMeeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingScreenState
    }
  }
`);

export const MeetingScreenChanged = graphql(`
  subscription MeetingScreenChanged($meetingId: ID!) {
    meetingChanged(meetingId: $meetingId) {
      meetingId
      version
    }
  }
`);
