import { graphql } from '$gql';

/** The console's deliberation operations (议事): rounds, matters and their files, stats, parties, settings. */

export const MatterFields = graphql(`
  fragment MatterFields on MatterView {
    id
    ref
    round
    title
    category
    status
    urgency
    targetQuarter
    owner {
      staffId
      partyId
      name
    }
    classifiedAt
    dueDay
    daysLeft
    overdue
    declined
    answer
    answeredAt
    mergedIntoRef
    suggesters
    version
    createdAt
  }
`);

export const MatterFileFields = graphql(`
  fragment MatterFileFields on MatterFileView {
    matter {
      ...MatterFields
    }
    suggestions {
      id
      residentId
      residentName
      building
      title
      details
      category
      source
      enteredByName
      createdAt
    }
    events {
      id
      kind
      public
      text
      reason
      urgency
      dueDay
      previousDueDay
      subject
      outcome
      byName
      at
    }
  }
`);

export const DeliberationMattersQuery = graphql(`
  query DeliberationMatters($round: String, $status: MatterStatus, $category: MatterCategory, $overdue: Boolean!) {
    deliberationRound(round: $round) {
      round
      cutoffDay
      meetingDay
      plannedMeetingDay
      movedReason
      holidaysKnown
      closed
      matters
    }
    matters(round: $round, status: $status, category: $category, overdue: $overdue) {
      ...MatterFields
    }
  }
`);

export const CurrentRoundQuery = graphql(`
  query CurrentRound {
    deliberationRound {
      round
    }
  }
`);

export const MatterFileQuery = graphql(`
  query MatterFile($id: ID!) {
    matter(id: $id) {
      ...MatterFileFields
    }
    parties {
      id
      name
      kind
      archived
    }
    deliberationStaff {
      id
      name
    }
    deliberationSettings {
      counting
      urgentDays
      keyDays
    }
  }
`);

export const MatterRefsQuery = graphql(`
  query MatterRefs {
    matters(first: 500) {
      id
      ref
      title
      status
      version
    }
  }
`);

export const ResidentSearchQuery = graphql(`
  query DeliberationResidentSearch($search: String) {
    residents(search: $search, movedAway: false, offset: 0, limit: 8) {
      total
      items {
        id
        name
        age
        unit
        room
        building {
          id
          number
        }
      }
    }
  }
`);

export const EnterSuggestion = graphql(`
  mutation EnterSuggestion($input: EnterSuggestionInput!) {
    enterSuggestion(input: $input) {
      id
      ref
      title
    }
  }
`);

export const ClassifyMatter = graphql(`
  mutation ClassifyMatter($input: ClassifyMatterInput!) {
    classifyMatter(input: $input) {
      ...MatterFileFields
    }
  }
`);

export const ReassignMatter = graphql(`
  mutation ReassignMatter($input: ReassignMatterInput!) {
    reassignMatter(input: $input) {
      ...MatterFileFields
    }
  }
`);

export const MoveMatterDeadline = graphql(`
  mutation MoveMatterDeadline($input: MoveDeadlineInput!) {
    moveMatterDeadline(input: $input) {
      ...MatterFileFields
    }
  }
`);

export const AddMatterNote = graphql(`
  mutation AddMatterNote($input: MatterNoteInput!) {
    addMatterNote(input: $input) {
      ...MatterFileFields
    }
  }
`);

export const DecideMatter = graphql(`
  mutation DecideMatter($input: DecideMatterInput!) {
    decideMatter(input: $input) {
      ...MatterFileFields
    }
  }
`);

export const CompleteMatter = graphql(`
  mutation CompleteMatter($input: CompleteMatterInput!) {
    completeMatter(input: $input) {
      ...MatterFileFields
    }
  }
`);

export const AnswerMatter = graphql(`
  mutation AnswerMatter($input: AnswerMatterInput!) {
    answerMatter(input: $input) {
      ...MatterFileFields
    }
  }
`);

export const MergeMatters = graphql(`
  mutation MergeMatters($input: MergeMattersInput!) {
    mergeMatters(input: $input) {
      ...MatterFileFields
    }
  }
`);

export const DeliberationStatsQuery = graphql(`
  query DeliberationStats($round: String) {
    deliberationStats(round: $round) {
      round
      category
      matters
      classified
      answered
      answeredInWindow
      overdue
    }
  }
`);

export const PartiesQuery = graphql(`
  query Parties {
    parties {
      id
      name
      kind
      contactName
      phone
      archived
      version
    }
  }
`);

export const SaveParty = graphql(`
  mutation SaveParty($input: PartyInput!) {
    saveParty(input: $input) {
      id
      name
      kind
      contactName
      phone
      archived
      version
    }
  }
`);

export const DeliberationSettingsQuery = graphql(`
  query DeliberationSettings {
    deliberationSettings {
      counting
      urgentDays
      keyDays
      cutoffDay
      meetingDay
    }
  }
`);

export const SaveDeliberationSettings = graphql(`
  mutation SaveDeliberationSettings($input: DeliberationSettingsInput!) {
    saveDeliberationSettings(input: $input) {
      counting
      urgentDays
      keyDays
      cutoffDay
      meetingDay
    }
  }
`);
