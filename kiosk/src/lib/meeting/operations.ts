import { graphql } from '$gql';

/** What the kiosk shows of the meeting: the home tile and the check-in page. */
export const KioskCurrentMeeting = graphql(`
  query KioskCurrentMeeting {
    currentMeeting {
      id
      title
      day
      place
      status
      startedAt
      now
    }
  }
`);

export const KioskCheckIn = graphql(`
  mutation KioskCheckIn($meetingId: ID!) {
    checkInToMeeting(meetingId: $meetingId) {
      meetingId
      alreadyCheckedIn
      pointsAwarded
      quorum {
        attendees
        councilSize
        present
        needed
        met
      }
    }
  }
`);
