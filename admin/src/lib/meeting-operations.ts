import { graphql } from '$gql';

/** The console's meeting operations (会议): the list, planning, the council, the chair, the minutes. */

export const MeetingLiveFields = graphql(`
  fragment MeetingLiveFields on MeetingLive {
    id
    kind
    title
    day
    plannedDay
    movedReason
    place
    round
    status
    version
    now
    startedAt
    closedAt
    chairName
    currentItemId
    items {
      id
      position
      title
      matterId
      matterRef
      status
      timeBoxMinutes
      usedMs
      runningSince
      outcome
      decision
      discussion
    }
    invitees {
      id
      name
      building
      councilRole
      residentId
      partyId
      present
    }
    quorum {
      attendees
      councilSize
      present
      needed
      met
    }
    votes {
      id
      itemId
      question
      for
      against
      abstain
      present
      quorumMet
      carried
      at
    }
    lastVote {
      id
      itemId
      question
      for
      against
      abstain
      present
      quorumMet
      carried
      at
    }
    actions {
      id
      itemId
      what
      ownerName
      ownerStaffId
      due
    }
  }
`);

export const MeetingsQuery = graphql(`
  query Meetings($from: String!, $until: String!) {
    meetings(from: $from, until: $until) {
      id
      kind
      title
      day
      plannedDay
      movedReason
      place
      round
      status
      itemCount
      attendeeCount
      version
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingLiveFields
    }
  }
`);

export const MeetingPlanningQuery = graphql(`
  query MeetingPlanning($id: ID!) {
    meeting(id: $id) {
      ...MeetingLiveFields
    }
    agendaCandidates(meetingId: $id) {
      matterId
      ref
      title
      overdue
      timeBoxMinutes
    }
    parties {
      id
      name
      archived
    }
  }
`);

export const MeetingChairQuery = graphql(`
  query MeetingChair($id: ID!) {
    meeting(id: $id) {
      ...MeetingLiveFields
    }
    deliberationStaff {
      id
      name
    }
    parties {
      id
      name
      archived
    }
  }
`);

export const MeetingChangedSubscription = graphql(`
  subscription MeetingChanged($meetingId: ID!) {
    meetingChanged(meetingId: $meetingId) {
      meetingId
      version
    }
  }
`);

export const CreateMeeting = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      version
    }
  }
`);

export const UpdateMeeting = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const AddAgendaItem = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const RemoveAgendaItem = graphql(`
  mutation RemoveAgendaItem($input: AgendaItemInput!) {
    removeAgendaItem(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const ReorderAgenda = graphql(`
  mutation ReorderAgenda($input: ReorderAgendaInput!) {
    reorderAgenda(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const SetAgendaTimeBox = graphql(`
  mutation SetAgendaTimeBox($input: TimeBoxInput!) {
    setAgendaTimeBox(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const InviteToMeeting = graphql(`
  mutation InviteToMeeting($input: InviteInput!) {
    inviteToMeeting(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const RemoveMeetingInvitee = graphql(`
  mutation RemoveMeetingInvitee($input: InviteeInput!) {
    removeMeetingInvitee(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const CheckInResident = graphql(`
  mutation CheckInResident($input: CheckInResidentInput!) {
    checkInResident(input: $input) {
      residentName
      alreadyCheckedIn
      pointsAwarded
    }
  }
`);

export const CouncilMembersQuery = graphql(`
  query CouncilMembers {
    councilMembers {
      id
      residentId
      name
      building
      role
      since
      until
    }
  }
`);

export const AddCouncilMember = graphql(`
  mutation AddCouncilMember($input: AddCouncilMemberInput!) {
    addCouncilMember(input: $input) {
      id
    }
  }
`);

export const RemoveCouncilMember = graphql(`
  mutation RemoveCouncilMember($memberId: ID!) {
    removeCouncilMember(memberId: $memberId) {
      id
    }
  }
`);

export const StartMeeting = graphql(`
  mutation StartMeeting($input: MeetingVersionInput!) {
    startMeeting(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const NextAgendaItem = graphql(`
  mutation NextAgendaItem($input: MeetingVersionInput!) {
    nextAgendaItem(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const StartItemTimer = graphql(`
  mutation StartItemTimer($input: MeetingVersionInput!) {
    startItemTimer(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const PauseItemTimer = graphql(`
  mutation PauseItemTimer($input: MeetingVersionInput!) {
    pauseItemTimer(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const RecordVote = graphql(`
  mutation RecordVote($input: RecordVoteInput!) {
    recordVote(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const RecordDecision = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const AssignAction = graphql(`
  mutation AssignAction($input: AssignActionInput!) {
    assignAction(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const CloseMeeting = graphql(`
  mutation CloseMeeting($input: MeetingVersionInput!) {
    closeMeeting(input: $input) {
      ...MeetingLiveFields
    }
  }
`);

export const MeetingMinutesQuery = graphql(`
  query MeetingMinutes($id: ID!) {
    meetingMinutes(id: $id) {
      community
      title
      kind
      day
      place
      chair
      startedAt
      closedAt
      quorum {
        present
        needed
        met
      }
      attendees {
        name
        building
        role
      }
      invitedParties {
        name
        present
      }
      items {
        position
        title
        matterRef
        timeBoxMinutes
        discussion
        decision
        votes {
          question
          for
          against
          abstain
          quorumMet
          carried
        }
        actions {
          what
          owner
          due
        }
      }
    }
  }
`);
