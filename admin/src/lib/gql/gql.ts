/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($action: AuditAction, $residentId: ID, $staffId: ID, $after: String, $first: Int!) {\n    auditLog(action: $action, residentId: $residentId, staffId: $staffId, after: $after, first: $first) {\n      lines {\n        id\n        at\n        action\n        staffId\n        staffName\n        residentId\n        residentName\n        address\n        detail\n      }\n      nextCursor\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Offerings {\n    offerings {\n      id\n      letter\n      name\n      provider\n    }\n  }\n": typeof types.OfferingsDocument,
    "\n  query CornerToday {\n    cornerStatus {\n      open\n      opening {\n        id\n        startsAt\n        endsAt\n      }\n    }\n    cornerBoard(next: 0) {\n      openingId\n      version\n      waitingCount\n      servedCount\n      noShowCount\n      averageWaitMinutes\n      offering {\n        id\n        letter\n        name\n        provider\n      }\n      nowServing {\n        id\n        code\n        status\n        deskName\n      }\n    }\n  }\n": typeof types.CornerTodayDocument,
    "\n  fragment DeskTicket on Ticket {\n    id\n    code\n    status\n    deskName\n    createdAt\n    calledAt\n    offering {\n      id\n      name\n    }\n  }\n": typeof types.DeskTicketFragmentDoc,
    "\n  query Desks {\n    desks {\n      id\n      name\n      offeringIds\n    }\n  }\n": typeof types.DesksDocument,
    "\n  query DeskLine($offeringId: ID!, $next: Int!, $deskId: ID!) {\n    deskTicket(deskId: $deskId) {\n      ...DeskTicket\n    }\n    cornerStatus {\n      open\n      opening {\n        id\n        startsAt\n        endsAt\n      }\n    }\n    cornerBoard(offeringId: $offeringId, next: $next) {\n      openingId\n      version\n      waitingCount\n      servedCount\n      noShowCount\n      offering {\n        id\n      }\n      nowServing {\n        ...DeskTicket\n      }\n      waiting {\n        ...DeskTicket\n      }\n    }\n  }\n": typeof types.DeskLineDocument,
    "\n  subscription QueueChanged($offeringId: ID) {\n    queueChanged(offeringId: $offeringId) {\n      offeringId\n      openingId\n      version\n    }\n  }\n": typeof types.QueueChangedDocument,
    "\n  mutation CallNext($input: CallNextInput!) {\n    callNext(input: $input) {\n      ...DeskTicket\n    }\n  }\n": typeof types.CallNextDocument,
    "\n  mutation RecallTicket($input: TicketActionInput!) {\n    recallTicket(input: $input) {\n      ...DeskTicket\n    }\n  }\n": typeof types.RecallTicketDocument,
    "\n  mutation StartServing($input: TicketActionInput!) {\n    startServing(input: $input) {\n      ...DeskTicket\n    }\n  }\n": typeof types.StartServingDocument,
    "\n  mutation CompleteTicket($input: TicketActionInput!) {\n    completeTicket(input: $input) {\n      ...DeskTicket\n    }\n  }\n": typeof types.CompleteTicketDocument,
    "\n  mutation MarkNoShow($input: TicketActionInput!) {\n    markNoShow(input: $input) {\n      ...DeskTicket\n    }\n  }\n": typeof types.MarkNoShowDocument,
    "\n  fragment SetupOffering on Offering {\n    id\n    letter\n    name\n    provider\n    typicalMinutes\n    bookingCapacity\n    active\n  }\n": typeof types.SetupOfferingFragmentDoc,
    "\n  query AllOfferings {\n    allOfferings {\n      ...SetupOffering\n    }\n  }\n": typeof types.AllOfferingsDocument,
    "\n  mutation CreateOffering($input: OfferingInput!) {\n    createOffering(input: $input) {\n      ...SetupOffering\n    }\n  }\n": typeof types.CreateOfferingDocument,
    "\n  mutation UpdateOffering($input: UpdateOfferingInput!) {\n    updateOffering(input: $input) {\n      ...SetupOffering\n    }\n  }\n": typeof types.UpdateOfferingDocument,
    "\n  mutation SetOfferingActive($id: ID!, $active: Boolean!) {\n    setOfferingActive(id: $id, active: $active) {\n      ...SetupOffering\n    }\n  }\n": typeof types.SetOfferingActiveDocument,
    "\n  query CornerCalendar($month: String!) {\n    cornerCalendar(month: $month) {\n      bookings\n      opening {\n        id\n        startsAt\n        endsAt\n        cancelled\n      }\n    }\n  }\n": typeof types.CornerCalendarDocument,
    "\n  query OpeningLines($openingId: ID!) {\n    openingLines(openingId: $openingId) {\n      booked\n      capacity\n      capacityOverride\n      offering {\n        id\n        letter\n        name\n        bookingCapacity\n      }\n    }\n  }\n": typeof types.OpeningLinesDocument,
    "\n  mutation GenerateOpenings($input: OpeningPatternInput!) {\n    generateOpenings(input: $input) {\n      created\n      skipped\n      holidaysSkipped\n    }\n  }\n": typeof types.GenerateOpeningsDocument,
    "\n  query CheckOpeningPattern($input: OpeningPatternInput!) {\n    checkOpeningPattern(input: $input) {\n      holidays {\n        date\n        name\n        nameEn\n      }\n      knownThrough\n      unchecked\n    }\n  }\n": typeof types.CheckOpeningPatternDocument,
    "\n  mutation AddOpening($input: OneOffOpeningInput!) {\n    addOpening(input: $input) {\n      id\n      startsAt\n    }\n  }\n": typeof types.AddOpeningDocument,
    "\n  mutation CloseOpening($input: CloseOpeningInput!) {\n    closeOpening(input: $input) {\n      cancelledBookings\n      opening {\n        id\n        cancelled\n      }\n    }\n  }\n": typeof types.CloseOpeningDocument,
    "\n  mutation ReopenOpening($openingId: ID!) {\n    reopenOpening(openingId: $openingId) {\n      id\n      cancelled\n    }\n  }\n": typeof types.ReopenOpeningDocument,
    "\n  mutation SetLineCapacity($input: LineCapacityInput!) {\n    setLineCapacity(input: $input) {\n      booked\n      capacity\n      capacityOverride\n    }\n  }\n": typeof types.SetLineCapacityDocument,
    "\n  query SetupDesks {\n    desks(includeInactive: true) {\n      id\n      name\n      active\n      offeringIds\n    }\n  }\n": typeof types.SetupDesksDocument,
    "\n  mutation CreateDesk($input: DeskInput!) {\n    createDesk(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateDeskDocument,
    "\n  mutation UpdateDesk($input: UpdateDeskInput!) {\n    updateDesk(input: $input) {\n      id\n      name\n      active\n      offeringIds\n    }\n  }\n": typeof types.UpdateDeskDocument,
    "\n  fragment MatterFields on MatterView {\n    id\n    ref\n    round\n    title\n    category\n    status\n    urgency\n    targetQuarter\n    owner {\n      staffId\n      partyId\n      name\n    }\n    classifiedAt\n    dueDay\n    daysLeft\n    overdue\n    declined\n    answer\n    answeredAt\n    mergedIntoRef\n    suggesters\n    version\n    createdAt\n  }\n": typeof types.MatterFieldsFragmentDoc,
    "\n  fragment MatterFileFields on MatterFileView {\n    matter {\n      ...MatterFields\n    }\n    suggestions {\n      id\n      residentId\n      residentName\n      building\n      title\n      details\n      category\n      source\n      enteredByName\n      createdAt\n    }\n    events {\n      id\n      kind\n      public\n      text\n      reason\n      urgency\n      dueDay\n      previousDueDay\n      subject\n      outcome\n      byName\n      at\n    }\n  }\n": typeof types.MatterFileFieldsFragmentDoc,
    "\n  query DeliberationMatters($round: String, $status: MatterStatus, $category: MatterCategory, $overdue: Boolean!) {\n    deliberationRound(round: $round) {\n      round\n      cutoffDay\n      meetingDay\n      plannedMeetingDay\n      movedReason\n      holidaysKnown\n      closed\n      matters\n    }\n    matters(round: $round, status: $status, category: $category, overdue: $overdue) {\n      ...MatterFields\n    }\n  }\n": typeof types.DeliberationMattersDocument,
    "\n  query CurrentRound {\n    deliberationRound {\n      round\n    }\n  }\n": typeof types.CurrentRoundDocument,
    "\n  query MatterFile($id: ID!) {\n    matter(id: $id) {\n      ...MatterFileFields\n    }\n    parties {\n      id\n      name\n      kind\n      archived\n    }\n    deliberationStaff {\n      id\n      name\n    }\n    deliberationSettings {\n      counting\n      urgentDays\n      keyDays\n    }\n  }\n": typeof types.MatterFileDocument,
    "\n  query MatterRefs {\n    matters(first: 500) {\n      id\n      ref\n      title\n      status\n      version\n    }\n  }\n": typeof types.MatterRefsDocument,
    "\n  query DeliberationResidentSearch($search: String) {\n    residents(search: $search, movedAway: false, offset: 0, limit: 8) {\n      total\n      items {\n        id\n        name\n        age\n        unit\n        room\n        building {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.DeliberationResidentSearchDocument,
    "\n  mutation EnterSuggestion($input: EnterSuggestionInput!) {\n    enterSuggestion(input: $input) {\n      id\n      ref\n      title\n    }\n  }\n": typeof types.EnterSuggestionDocument,
    "\n  mutation ClassifyMatter($input: ClassifyMatterInput!) {\n    classifyMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": typeof types.ClassifyMatterDocument,
    "\n  mutation ReassignMatter($input: ReassignMatterInput!) {\n    reassignMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": typeof types.ReassignMatterDocument,
    "\n  mutation MoveMatterDeadline($input: MoveDeadlineInput!) {\n    moveMatterDeadline(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": typeof types.MoveMatterDeadlineDocument,
    "\n  mutation AddMatterNote($input: MatterNoteInput!) {\n    addMatterNote(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": typeof types.AddMatterNoteDocument,
    "\n  mutation DecideMatter($input: DecideMatterInput!) {\n    decideMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": typeof types.DecideMatterDocument,
    "\n  mutation CompleteMatter($input: CompleteMatterInput!) {\n    completeMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": typeof types.CompleteMatterDocument,
    "\n  mutation AnswerMatter($input: AnswerMatterInput!) {\n    answerMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": typeof types.AnswerMatterDocument,
    "\n  mutation MergeMatters($input: MergeMattersInput!) {\n    mergeMatters(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": typeof types.MergeMattersDocument,
    "\n  query DeliberationStats($round: String) {\n    deliberationStats(round: $round) {\n      round\n      category\n      matters\n      classified\n      answered\n      answeredInWindow\n      overdue\n    }\n  }\n": typeof types.DeliberationStatsDocument,
    "\n  query Parties {\n    parties {\n      id\n      name\n      kind\n      contactName\n      phone\n      archived\n      version\n    }\n  }\n": typeof types.PartiesDocument,
    "\n  mutation SaveParty($input: PartyInput!) {\n    saveParty(input: $input) {\n      id\n      name\n      kind\n      contactName\n      phone\n      archived\n      version\n    }\n  }\n": typeof types.SavePartyDocument,
    "\n  query DeliberationSettings {\n    deliberationSettings {\n      counting\n      urgentDays\n      keyDays\n      cutoffDay\n      meetingDay\n    }\n  }\n": typeof types.DeliberationSettingsDocument,
    "\n  mutation SaveDeliberationSettings($input: DeliberationSettingsInput!) {\n    saveDeliberationSettings(input: $input) {\n      counting\n      urgentDays\n      keyDays\n      cutoffDay\n      meetingDay\n    }\n  }\n": typeof types.SaveDeliberationSettingsDocument,
    "\n  fragment MeetingLiveFields on MeetingLive {\n    id\n    kind\n    title\n    day\n    plannedDay\n    movedReason\n    place\n    round\n    status\n    version\n    now\n    startedAt\n    closedAt\n    chairName\n    currentItemId\n    items {\n      id\n      position\n      title\n      matterId\n      matterRef\n      status\n      timeBoxMinutes\n      usedMs\n      runningSince\n      outcome\n      decision\n      discussion\n    }\n    invitees {\n      id\n      name\n      building\n      councilRole\n      residentId\n      partyId\n      present\n    }\n    quorum {\n      attendees\n      councilSize\n      present\n      needed\n      met\n    }\n    votes {\n      id\n      itemId\n      question\n      for\n      against\n      abstain\n      present\n      quorumMet\n      carried\n      at\n    }\n    lastVote {\n      id\n      itemId\n      question\n      for\n      against\n      abstain\n      present\n      quorumMet\n      carried\n      at\n    }\n    actions {\n      id\n      itemId\n      what\n      ownerName\n      ownerStaffId\n      due\n    }\n  }\n": typeof types.MeetingLiveFieldsFragmentDoc,
    "\n  query Meetings($from: String!, $until: String!) {\n    meetings(from: $from, until: $until) {\n      id\n      kind\n      title\n      day\n      plannedDay\n      movedReason\n      place\n      round\n      status\n      itemCount\n      attendeeCount\n      version\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query MeetingPlanning($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n    agendaCandidates(meetingId: $id) {\n      matterId\n      ref\n      title\n      overdue\n      timeBoxMinutes\n    }\n    parties {\n      id\n      name\n      archived\n    }\n  }\n": typeof types.MeetingPlanningDocument,
    "\n  query MeetingChair($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n    deliberationStaff {\n      id\n      name\n    }\n    parties {\n      id\n      name\n      archived\n    }\n  }\n": typeof types.MeetingChairDocument,
    "\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      meetingId\n      version\n    }\n  }\n": typeof types.MeetingChangedDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($input: AgendaItemInput!) {\n    removeAgendaItem(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.ReorderAgendaDocument,
    "\n  mutation SetAgendaTimeBox($input: TimeBoxInput!) {\n    setAgendaTimeBox(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.SetAgendaTimeBoxDocument,
    "\n  mutation InviteToMeeting($input: InviteInput!) {\n    inviteToMeeting(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.InviteToMeetingDocument,
    "\n  mutation RemoveMeetingInvitee($input: InviteeInput!) {\n    removeMeetingInvitee(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.RemoveMeetingInviteeDocument,
    "\n  mutation CheckInResident($input: CheckInResidentInput!) {\n    checkInResident(input: $input) {\n      residentName\n      alreadyCheckedIn\n      pointsAwarded\n    }\n  }\n": typeof types.CheckInResidentDocument,
    "\n  query CouncilMembers {\n    councilMembers {\n      id\n      residentId\n      name\n      building\n      role\n      since\n      until\n    }\n  }\n": typeof types.CouncilMembersDocument,
    "\n  mutation AddCouncilMember($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCouncilMemberDocument,
    "\n  mutation RemoveCouncilMember($memberId: ID!) {\n    removeCouncilMember(memberId: $memberId) {\n      id\n    }\n  }\n": typeof types.RemoveCouncilMemberDocument,
    "\n  mutation StartMeeting($input: MeetingVersionInput!) {\n    startMeeting(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.StartMeetingDocument,
    "\n  mutation NextAgendaItem($input: MeetingVersionInput!) {\n    nextAgendaItem(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.NextAgendaItemDocument,
    "\n  mutation StartItemTimer($input: MeetingVersionInput!) {\n    startItemTimer(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.StartItemTimerDocument,
    "\n  mutation PauseItemTimer($input: MeetingVersionInput!) {\n    pauseItemTimer(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.PauseItemTimerDocument,
    "\n  mutation RecordVote($input: RecordVoteInput!) {\n    recordVote(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.RecordVoteDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation AssignAction($input: AssignActionInput!) {\n    assignAction(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.AssignActionDocument,
    "\n  mutation CloseMeeting($input: MeetingVersionInput!) {\n    closeMeeting(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": typeof types.CloseMeetingDocument,
    "\n  query MeetingMinutes($id: ID!) {\n    meetingMinutes(id: $id) {\n      community\n      title\n      kind\n      day\n      place\n      chair\n      startedAt\n      closedAt\n      quorum {\n        present\n        needed\n        met\n      }\n      attendees {\n        name\n        building\n        role\n      }\n      invitedParties {\n        name\n        present\n      }\n      items {\n        position\n        title\n        matterRef\n        timeBoxMinutes\n        discussion\n        decision\n        votes {\n          question\n          for\n          against\n          abstain\n          quorumMet\n          carried\n        }\n        actions {\n          what\n          owner\n          due\n        }\n      }\n    }\n  }\n": typeof types.MeetingMinutesDocument,
    "\n  query AdminViewer {\n    viewer {\n      mustChangePassword\n      community {\n        id\n        name\n        code\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.AdminViewerDocument,
    "\n  mutation SignInStaff($input: StaffSignInInput!) {\n    signInStaff(input: $input) {\n      token\n      staff {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.SignInStaffDocument,
    "\n  mutation SignInOperator($input: OperatorSignInInput!) {\n    signInOperator(input: $input) {\n      token\n    }\n  }\n": typeof types.SignInOperatorDocument,
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Dashboard {\n    buildings {\n      id\n    }\n    residents(limit: 1) {\n      total\n    }\n    notices(first: 100) {\n      id\n      category\n      title\n      publishedAt\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Buildings {\n    buildings {\n      id\n      number\n      name\n    }\n  }\n": typeof types.BuildingsDocument,
    "\n  query Devices {\n    devices {\n      id\n      kind\n      name\n      location\n      active\n      createdAt\n      lastSeenAt\n      pairingExpiresAt\n      revokedAt\n      signInBudget {\n        failures\n        limit\n        windowMinutes\n        blockedUntil\n      }\n    }\n  }\n": typeof types.DevicesDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      token\n      pairingCode\n      device {\n        id\n        name\n        pairingExpiresAt\n      }\n    }\n  }\n": typeof types.RegisterDeviceDocument,
    "\n  mutation RenewPairingCode($id: ID!) {\n    renewPairingCode(id: $id)\n  }\n": typeof types.RenewPairingCodeDocument,
    "\n  mutation RevokeDevice($id: ID!) {\n    revokeDevice(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeDeviceDocument,
    "\n  mutation ResetDeviceSignIns($id: ID!) {\n    resetDeviceSignIns(id: $id) {\n      id\n    }\n  }\n": typeof types.ResetDeviceSignInsDocument,
    "\n  query Notices($buildingId: ID, $includeExpired: Boolean!, $first: Int!) {\n    notices(buildingId: $buildingId, includeExpired: $includeExpired, first: $first) {\n      id\n      category\n      title\n      body\n      publishedAt\n      expiresAt\n      buildings {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.NoticesDocument,
    "\n  mutation PublishNotice($input: PublishNoticeInput!) {\n    publishNotice(input: $input) {\n      id\n    }\n  }\n": typeof types.PublishNoticeDocument,
    "\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n": typeof types.DeleteNoticeDocument,
    "\n  mutation UpdateNotice($id: ID!, $input: PublishNoticeInput!) {\n    updateNotice(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateNoticeDocument,
    "\n  subscription ConsoleNoticePublished {\n    noticePublished {\n      id\n    }\n  }\n": typeof types.ConsoleNoticePublishedDocument,
    "\n  subscription ConsoleNoticeChanged {\n    noticeChanged {\n      id\n    }\n  }\n": typeof types.ConsoleNoticeChangedDocument,
    "\n  fragment PointsEntryFields on PointsEntryView {\n    id\n    amount\n    balanceAfter\n    reason\n    title\n    day\n    hours\n    note\n    voucherCode\n    reversesId\n    reversed\n    recordedBy\n    recordedByName\n    at\n    cursor\n  }\n": typeof types.PointsEntryFieldsFragmentDoc,
    "\n  query ResidentPoints(\n    $residentId: ID!\n    $before: String\n    $first: Int!\n    $reasons: [PointsReasonCode!]\n    $from: String\n    $until: String\n  ) {\n    residentPoints(\n      residentId: $residentId\n      before: $before\n      first: $first\n      reasons: $reasons\n      from: $from\n      until: $until\n    ) {\n      residentId\n      residentName\n      building\n      gone\n      balance\n      more\n      history {\n        ...PointsEntryFields\n      }\n    }\n  }\n": typeof types.ResidentPointsDocument,
    "\n  mutation RecordVolunteerHours($input: VolunteerHoursInput!) {\n    recordVolunteerHours(input: $input) {\n      alreadyRecorded\n      balance\n      entry {\n        ...PointsEntryFields\n      }\n    }\n  }\n": typeof types.RecordVolunteerHoursDocument,
    "\n  mutation AdjustPoints($input: ManualPointsInput!) {\n    adjustPoints(input: $input) {\n      alreadyRecorded\n      balance\n      entry {\n        ...PointsEntryFields\n      }\n    }\n  }\n": typeof types.AdjustPointsDocument,
    "\n  mutation ReversePointsEntry($input: ReverseEntryInput!) {\n    reversePointsEntry(input: $input) {\n      alreadyRecorded\n      balance\n      entry {\n        ...PointsEntryFields\n      }\n    }\n  }\n": typeof types.ReversePointsEntryDocument,
    "\n  query PointsRules {\n    pointsRules {\n      id\n      reason\n      points\n      effectiveFrom\n      current\n    }\n    pointsSettings {\n      voucherValidDays\n      starsPerQuarter\n    }\n  }\n": typeof types.PointsRulesDocument,
    "\n  mutation AddPointsRule($input: PointsRuleInput!) {\n    addPointsRule(input: $input) {\n      id\n      reason\n      points\n      effectiveFrom\n      current\n    }\n  }\n": typeof types.AddPointsRuleDocument,
    "\n  mutation SavePointsSettings($input: PointsSettingsInput!) {\n    savePointsSettings(input: $input) {\n      voucherValidDays\n      starsPerQuarter\n    }\n  }\n": typeof types.SavePointsSettingsDocument,
    "\n  fragment RewardFields on Reward {\n    id\n    kind\n    name\n    description\n    cost\n    stock\n    pictureId\n    activeFrom\n    activeUntil\n    archived\n    version\n  }\n": typeof types.RewardFieldsFragmentDoc,
    "\n  query Rewards($includeArchived: Boolean!) {\n    rewards(includeArchived: $includeArchived) {\n      ...RewardFields\n    }\n  }\n": typeof types.RewardsDocument,
    "\n  mutation CreateReward($input: NewRewardInput!) {\n    createReward(input: $input) {\n      ...RewardFields\n    }\n  }\n": typeof types.CreateRewardDocument,
    "\n  mutation UpdateReward($input: UpdateRewardInput!) {\n    updateReward(input: $input) {\n      ...RewardFields\n    }\n  }\n": typeof types.UpdateRewardDocument,
    "\n  mutation AdjustRewardStock($input: StockInput!) {\n    adjustRewardStock(input: $input) {\n      ...RewardFields\n    }\n  }\n": typeof types.AdjustRewardStockDocument,
    "\n  fragment VoucherFields on Voucher {\n    id\n    code\n    status\n    cost\n    rewardId\n    rewardName\n    residentId\n    residentName\n    building\n    issuedAt\n    expiresAt\n    closedAt\n    cancelNote\n  }\n": typeof types.VoucherFieldsFragmentDoc,
    "\n  query Vouchers($statuses: [VoucherStatus!], $before: DateTimeISO, $first: Int!) {\n    vouchers(statuses: $statuses, before: $before, first: $first) {\n      ...VoucherFields\n    }\n  }\n": typeof types.VouchersDocument,
    "\n  query VoucherByCode($code: String!) {\n    voucherByCode(code: $code) {\n      ...VoucherFields\n    }\n  }\n": typeof types.VoucherByCodeDocument,
    "\n  mutation FulfilVoucher($input: VoucherCodeInput!) {\n    fulfilVoucher(input: $input) {\n      ...VoucherFields\n    }\n  }\n": typeof types.FulfilVoucherDocument,
    "\n  mutation CancelVoucher($input: CancelVoucherInput!) {\n    cancelVoucher(input: $input) {\n      ...VoucherFields\n    }\n  }\n": typeof types.CancelVoucherDocument,
    "\n  query StarsOfQuarter($quarter: String!) {\n    starsOfQuarter(quarter: $quarter) {\n      quarter\n      confirmed\n      over\n      stars {\n        rank\n        name\n        building\n        points\n        occasions\n        residentId\n      }\n    }\n  }\n": typeof types.StarsOfQuarterDocument,
    "\n  mutation ConfirmStars($input: ConfirmStarsInput!) {\n    confirmStars(input: $input) {\n      quarter\n      confirmed\n      over\n      stars {\n        rank\n        name\n        building\n        points\n        occasions\n        residentId\n      }\n    }\n  }\n": typeof types.ConfirmStarsDocument,
    "\n  query PointsByMonth($months: Int!) {\n    pointsByMonth(months: $months) {\n      month\n      earned\n      redeemed\n    }\n  }\n": typeof types.PointsByMonthDocument,
    "\n  mutation VerifyLedger {\n    verifyLedger {\n      accounts\n      entries\n      ok\n      problems\n      checkedAt\n      mismatches {\n        residentId\n        kind\n        balance\n        sum\n        last\n      }\n    }\n  }\n": typeof types.VerifyLedgerDocument,
    "\n  fragment ResidentRecordFields on ResidentRecord {\n    phone\n    phone2\n    birthDate\n    notes\n    cardCode\n    hasPin\n    pinLockedUntil\n    pinSetupExpiresAt\n    resident {\n      id\n      name\n      unit\n      room\n      age\n      livesAlone\n      limitedMobility\n      movedAway\n      erased\n      version\n      building {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.ResidentRecordFieldsFragmentDoc,
    "\n  query ResidentRecord($id: ID!) {\n    residentRecord(id: $id) {\n      ...ResidentRecordFields\n    }\n  }\n": typeof types.ResidentRecordDocument,
    "\n  mutation CreateResident($input: ResidentInput!) {\n    createResident(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateResidentDocument,
    "\n  mutation UpdateResident($id: ID!, $input: ResidentEdit!) {\n    updateResident(id: $id, input: $input) {\n      id\n      name\n      unit\n      room\n      age\n      livesAlone\n      limitedMobility\n      movedAway\n      erased\n      version\n      building {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.UpdateResidentDocument,
    "\n  mutation MarkResidentMovedAway($id: ID!, $version: Int!) {\n    markResidentMovedAway(id: $id, version: $version) {\n      id\n      movedAway\n      erased\n      version\n    }\n  }\n": typeof types.MarkResidentMovedAwayDocument,
    "\n  mutation EraseResident($id: ID!, $version: Int!) {\n    eraseResident(id: $id, version: $version) {\n      id\n      name\n      movedAway\n      erased\n      version\n    }\n  }\n": typeof types.EraseResidentDocument,
    "\n  mutation IssueResidentCard($id: ID!) {\n    issueResidentCard(id: $id) {\n      ...ResidentRecordFields\n    }\n  }\n": typeof types.IssueResidentCardDocument,
    "\n  mutation RevokeResidentCard($id: ID!) {\n    revokeResidentCard(id: $id) {\n      ...ResidentRecordFields\n    }\n  }\n": typeof types.RevokeResidentCardDocument,
    "\n  mutation IssuePinSetupCode($residentId: ID!) {\n    issuePinSetupCode(residentId: $residentId) {\n      code\n      expiresAt\n    }\n  }\n": typeof types.IssuePinSetupCodeDocument,
    "\n  mutation LiftPinLock($residentId: ID!) {\n    liftPinLock(residentId: $residentId)\n  }\n": typeof types.LiftPinLockDocument,
    "\n  query StaffUsers {\n    staffUsers {\n      id\n      username\n      displayName\n      role\n      deactivatedAt\n      mustChangePassword\n      version\n      createdAt\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      oneTimePassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.CreateStaffDocument,
    "\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      id\n      role\n      version\n    }\n  }\n": typeof types.SetStaffRoleDocument,
    "\n  mutation DeactivateStaff($input: StaffVersionInput!) {\n    deactivateStaff(input: $input) {\n      id\n      deactivatedAt\n      version\n    }\n  }\n": typeof types.DeactivateStaffDocument,
    "\n  mutation ReactivateStaff($input: StaffVersionInput!) {\n    reactivateStaff(input: $input) {\n      id\n      deactivatedAt\n      version\n    }\n  }\n": typeof types.ReactivateStaffDocument,
    "\n  mutation ResetStaffPassword($input: StaffVersionInput!) {\n    resetStaffPassword(input: $input) {\n      oneTimePassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.ResetStaffPasswordDocument,
    "\n  query OperatorMe {\n    operatorMe {\n      id\n      username\n      displayName\n    }\n  }\n": typeof types.OperatorMeDocument,
    "\n  query OfficeCommunities {\n    officeCommunities {\n      id\n      name\n      code\n      address\n      buildingCount\n      unitCount\n      staffCount\n      createdAt\n    }\n  }\n": typeof types.OfficeCommunitiesDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      adminUsername\n      oneTimePassword\n      community {\n        id\n        name\n        code\n      }\n    }\n  }\n": typeof types.CreateCommunityDocument,
    "\n  fragment WorkOrderFields on WorkOrder {\n    id\n    status\n    description\n    owner\n    dueDate\n    overdue\n    offeringName\n    ticketCode\n    residentName\n    outcome\n    createdAt\n    closedAt\n    notes {\n      author\n      createdAt\n      text\n    }\n  }\n": typeof types.WorkOrderFieldsFragmentDoc,
    "\n  query WorkOrders($status: WorkOrderStatus) {\n    workOrders(status: $status) {\n      ...WorkOrderFields\n    }\n  }\n": typeof types.WorkOrdersDocument,
    "\n  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n": typeof types.CreateWorkOrderDocument,
    "\n  mutation AddWorkOrderNote($input: WorkOrderNoteInput!) {\n    addWorkOrderNote(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n": typeof types.AddWorkOrderNoteDocument,
    "\n  mutation CloseWorkOrder($input: CloseWorkOrderInput!) {\n    closeWorkOrder(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n": typeof types.CloseWorkOrderDocument,
    "\n  query ResidentsPage(\n    $search: String\n    $buildingId: ID\n    $unit: Int\n    $room: String\n    $ageBand: AgeBand\n    $livesAlone: Boolean\n    $limitedMobility: Boolean\n    $movedAway: Boolean!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    residents(\n      search: $search\n      buildingId: $buildingId\n      unit: $unit\n      room: $room\n      ageBand: $ageBand\n      livesAlone: $livesAlone\n      limitedMobility: $limitedMobility\n      movedAway: $movedAway\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        id\n        name\n        age\n        unit\n        room\n        phoneMasked\n        livesAlone\n        limitedMobility\n        movedAway\n        building {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResidentsPageDocument,
    "\n  query Household($buildingId: ID!, $unit: Int!, $room: String!) {\n    household(buildingId: $buildingId, unit: $unit, room: $room) {\n      id\n      name\n      age\n      phoneMasked\n      livesAlone\n      limitedMobility\n      building {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.HouseholdDocument,
};
const documents: Documents = {
    "\n  query AuditLog($action: AuditAction, $residentId: ID, $staffId: ID, $after: String, $first: Int!) {\n    auditLog(action: $action, residentId: $residentId, staffId: $staffId, after: $after, first: $first) {\n      lines {\n        id\n        at\n        action\n        staffId\n        staffName\n        residentId\n        residentName\n        address\n        detail\n      }\n      nextCursor\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Offerings {\n    offerings {\n      id\n      letter\n      name\n      provider\n    }\n  }\n": types.OfferingsDocument,
    "\n  query CornerToday {\n    cornerStatus {\n      open\n      opening {\n        id\n        startsAt\n        endsAt\n      }\n    }\n    cornerBoard(next: 0) {\n      openingId\n      version\n      waitingCount\n      servedCount\n      noShowCount\n      averageWaitMinutes\n      offering {\n        id\n        letter\n        name\n        provider\n      }\n      nowServing {\n        id\n        code\n        status\n        deskName\n      }\n    }\n  }\n": types.CornerTodayDocument,
    "\n  fragment DeskTicket on Ticket {\n    id\n    code\n    status\n    deskName\n    createdAt\n    calledAt\n    offering {\n      id\n      name\n    }\n  }\n": types.DeskTicketFragmentDoc,
    "\n  query Desks {\n    desks {\n      id\n      name\n      offeringIds\n    }\n  }\n": types.DesksDocument,
    "\n  query DeskLine($offeringId: ID!, $next: Int!, $deskId: ID!) {\n    deskTicket(deskId: $deskId) {\n      ...DeskTicket\n    }\n    cornerStatus {\n      open\n      opening {\n        id\n        startsAt\n        endsAt\n      }\n    }\n    cornerBoard(offeringId: $offeringId, next: $next) {\n      openingId\n      version\n      waitingCount\n      servedCount\n      noShowCount\n      offering {\n        id\n      }\n      nowServing {\n        ...DeskTicket\n      }\n      waiting {\n        ...DeskTicket\n      }\n    }\n  }\n": types.DeskLineDocument,
    "\n  subscription QueueChanged($offeringId: ID) {\n    queueChanged(offeringId: $offeringId) {\n      offeringId\n      openingId\n      version\n    }\n  }\n": types.QueueChangedDocument,
    "\n  mutation CallNext($input: CallNextInput!) {\n    callNext(input: $input) {\n      ...DeskTicket\n    }\n  }\n": types.CallNextDocument,
    "\n  mutation RecallTicket($input: TicketActionInput!) {\n    recallTicket(input: $input) {\n      ...DeskTicket\n    }\n  }\n": types.RecallTicketDocument,
    "\n  mutation StartServing($input: TicketActionInput!) {\n    startServing(input: $input) {\n      ...DeskTicket\n    }\n  }\n": types.StartServingDocument,
    "\n  mutation CompleteTicket($input: TicketActionInput!) {\n    completeTicket(input: $input) {\n      ...DeskTicket\n    }\n  }\n": types.CompleteTicketDocument,
    "\n  mutation MarkNoShow($input: TicketActionInput!) {\n    markNoShow(input: $input) {\n      ...DeskTicket\n    }\n  }\n": types.MarkNoShowDocument,
    "\n  fragment SetupOffering on Offering {\n    id\n    letter\n    name\n    provider\n    typicalMinutes\n    bookingCapacity\n    active\n  }\n": types.SetupOfferingFragmentDoc,
    "\n  query AllOfferings {\n    allOfferings {\n      ...SetupOffering\n    }\n  }\n": types.AllOfferingsDocument,
    "\n  mutation CreateOffering($input: OfferingInput!) {\n    createOffering(input: $input) {\n      ...SetupOffering\n    }\n  }\n": types.CreateOfferingDocument,
    "\n  mutation UpdateOffering($input: UpdateOfferingInput!) {\n    updateOffering(input: $input) {\n      ...SetupOffering\n    }\n  }\n": types.UpdateOfferingDocument,
    "\n  mutation SetOfferingActive($id: ID!, $active: Boolean!) {\n    setOfferingActive(id: $id, active: $active) {\n      ...SetupOffering\n    }\n  }\n": types.SetOfferingActiveDocument,
    "\n  query CornerCalendar($month: String!) {\n    cornerCalendar(month: $month) {\n      bookings\n      opening {\n        id\n        startsAt\n        endsAt\n        cancelled\n      }\n    }\n  }\n": types.CornerCalendarDocument,
    "\n  query OpeningLines($openingId: ID!) {\n    openingLines(openingId: $openingId) {\n      booked\n      capacity\n      capacityOverride\n      offering {\n        id\n        letter\n        name\n        bookingCapacity\n      }\n    }\n  }\n": types.OpeningLinesDocument,
    "\n  mutation GenerateOpenings($input: OpeningPatternInput!) {\n    generateOpenings(input: $input) {\n      created\n      skipped\n      holidaysSkipped\n    }\n  }\n": types.GenerateOpeningsDocument,
    "\n  query CheckOpeningPattern($input: OpeningPatternInput!) {\n    checkOpeningPattern(input: $input) {\n      holidays {\n        date\n        name\n        nameEn\n      }\n      knownThrough\n      unchecked\n    }\n  }\n": types.CheckOpeningPatternDocument,
    "\n  mutation AddOpening($input: OneOffOpeningInput!) {\n    addOpening(input: $input) {\n      id\n      startsAt\n    }\n  }\n": types.AddOpeningDocument,
    "\n  mutation CloseOpening($input: CloseOpeningInput!) {\n    closeOpening(input: $input) {\n      cancelledBookings\n      opening {\n        id\n        cancelled\n      }\n    }\n  }\n": types.CloseOpeningDocument,
    "\n  mutation ReopenOpening($openingId: ID!) {\n    reopenOpening(openingId: $openingId) {\n      id\n      cancelled\n    }\n  }\n": types.ReopenOpeningDocument,
    "\n  mutation SetLineCapacity($input: LineCapacityInput!) {\n    setLineCapacity(input: $input) {\n      booked\n      capacity\n      capacityOverride\n    }\n  }\n": types.SetLineCapacityDocument,
    "\n  query SetupDesks {\n    desks(includeInactive: true) {\n      id\n      name\n      active\n      offeringIds\n    }\n  }\n": types.SetupDesksDocument,
    "\n  mutation CreateDesk($input: DeskInput!) {\n    createDesk(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateDeskDocument,
    "\n  mutation UpdateDesk($input: UpdateDeskInput!) {\n    updateDesk(input: $input) {\n      id\n      name\n      active\n      offeringIds\n    }\n  }\n": types.UpdateDeskDocument,
    "\n  fragment MatterFields on MatterView {\n    id\n    ref\n    round\n    title\n    category\n    status\n    urgency\n    targetQuarter\n    owner {\n      staffId\n      partyId\n      name\n    }\n    classifiedAt\n    dueDay\n    daysLeft\n    overdue\n    declined\n    answer\n    answeredAt\n    mergedIntoRef\n    suggesters\n    version\n    createdAt\n  }\n": types.MatterFieldsFragmentDoc,
    "\n  fragment MatterFileFields on MatterFileView {\n    matter {\n      ...MatterFields\n    }\n    suggestions {\n      id\n      residentId\n      residentName\n      building\n      title\n      details\n      category\n      source\n      enteredByName\n      createdAt\n    }\n    events {\n      id\n      kind\n      public\n      text\n      reason\n      urgency\n      dueDay\n      previousDueDay\n      subject\n      outcome\n      byName\n      at\n    }\n  }\n": types.MatterFileFieldsFragmentDoc,
    "\n  query DeliberationMatters($round: String, $status: MatterStatus, $category: MatterCategory, $overdue: Boolean!) {\n    deliberationRound(round: $round) {\n      round\n      cutoffDay\n      meetingDay\n      plannedMeetingDay\n      movedReason\n      holidaysKnown\n      closed\n      matters\n    }\n    matters(round: $round, status: $status, category: $category, overdue: $overdue) {\n      ...MatterFields\n    }\n  }\n": types.DeliberationMattersDocument,
    "\n  query CurrentRound {\n    deliberationRound {\n      round\n    }\n  }\n": types.CurrentRoundDocument,
    "\n  query MatterFile($id: ID!) {\n    matter(id: $id) {\n      ...MatterFileFields\n    }\n    parties {\n      id\n      name\n      kind\n      archived\n    }\n    deliberationStaff {\n      id\n      name\n    }\n    deliberationSettings {\n      counting\n      urgentDays\n      keyDays\n    }\n  }\n": types.MatterFileDocument,
    "\n  query MatterRefs {\n    matters(first: 500) {\n      id\n      ref\n      title\n      status\n      version\n    }\n  }\n": types.MatterRefsDocument,
    "\n  query DeliberationResidentSearch($search: String) {\n    residents(search: $search, movedAway: false, offset: 0, limit: 8) {\n      total\n      items {\n        id\n        name\n        age\n        unit\n        room\n        building {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.DeliberationResidentSearchDocument,
    "\n  mutation EnterSuggestion($input: EnterSuggestionInput!) {\n    enterSuggestion(input: $input) {\n      id\n      ref\n      title\n    }\n  }\n": types.EnterSuggestionDocument,
    "\n  mutation ClassifyMatter($input: ClassifyMatterInput!) {\n    classifyMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": types.ClassifyMatterDocument,
    "\n  mutation ReassignMatter($input: ReassignMatterInput!) {\n    reassignMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": types.ReassignMatterDocument,
    "\n  mutation MoveMatterDeadline($input: MoveDeadlineInput!) {\n    moveMatterDeadline(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": types.MoveMatterDeadlineDocument,
    "\n  mutation AddMatterNote($input: MatterNoteInput!) {\n    addMatterNote(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": types.AddMatterNoteDocument,
    "\n  mutation DecideMatter($input: DecideMatterInput!) {\n    decideMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": types.DecideMatterDocument,
    "\n  mutation CompleteMatter($input: CompleteMatterInput!) {\n    completeMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": types.CompleteMatterDocument,
    "\n  mutation AnswerMatter($input: AnswerMatterInput!) {\n    answerMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": types.AnswerMatterDocument,
    "\n  mutation MergeMatters($input: MergeMattersInput!) {\n    mergeMatters(input: $input) {\n      ...MatterFileFields\n    }\n  }\n": types.MergeMattersDocument,
    "\n  query DeliberationStats($round: String) {\n    deliberationStats(round: $round) {\n      round\n      category\n      matters\n      classified\n      answered\n      answeredInWindow\n      overdue\n    }\n  }\n": types.DeliberationStatsDocument,
    "\n  query Parties {\n    parties {\n      id\n      name\n      kind\n      contactName\n      phone\n      archived\n      version\n    }\n  }\n": types.PartiesDocument,
    "\n  mutation SaveParty($input: PartyInput!) {\n    saveParty(input: $input) {\n      id\n      name\n      kind\n      contactName\n      phone\n      archived\n      version\n    }\n  }\n": types.SavePartyDocument,
    "\n  query DeliberationSettings {\n    deliberationSettings {\n      counting\n      urgentDays\n      keyDays\n      cutoffDay\n      meetingDay\n    }\n  }\n": types.DeliberationSettingsDocument,
    "\n  mutation SaveDeliberationSettings($input: DeliberationSettingsInput!) {\n    saveDeliberationSettings(input: $input) {\n      counting\n      urgentDays\n      keyDays\n      cutoffDay\n      meetingDay\n    }\n  }\n": types.SaveDeliberationSettingsDocument,
    "\n  fragment MeetingLiveFields on MeetingLive {\n    id\n    kind\n    title\n    day\n    plannedDay\n    movedReason\n    place\n    round\n    status\n    version\n    now\n    startedAt\n    closedAt\n    chairName\n    currentItemId\n    items {\n      id\n      position\n      title\n      matterId\n      matterRef\n      status\n      timeBoxMinutes\n      usedMs\n      runningSince\n      outcome\n      decision\n      discussion\n    }\n    invitees {\n      id\n      name\n      building\n      councilRole\n      residentId\n      partyId\n      present\n    }\n    quorum {\n      attendees\n      councilSize\n      present\n      needed\n      met\n    }\n    votes {\n      id\n      itemId\n      question\n      for\n      against\n      abstain\n      present\n      quorumMet\n      carried\n      at\n    }\n    lastVote {\n      id\n      itemId\n      question\n      for\n      against\n      abstain\n      present\n      quorumMet\n      carried\n      at\n    }\n    actions {\n      id\n      itemId\n      what\n      ownerName\n      ownerStaffId\n      due\n    }\n  }\n": types.MeetingLiveFieldsFragmentDoc,
    "\n  query Meetings($from: String!, $until: String!) {\n    meetings(from: $from, until: $until) {\n      id\n      kind\n      title\n      day\n      plannedDay\n      movedReason\n      place\n      round\n      status\n      itemCount\n      attendeeCount\n      version\n    }\n  }\n": types.MeetingsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n  }\n": types.MeetingDocument,
    "\n  query MeetingPlanning($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n    agendaCandidates(meetingId: $id) {\n      matterId\n      ref\n      title\n      overdue\n      timeBoxMinutes\n    }\n    parties {\n      id\n      name\n      archived\n    }\n  }\n": types.MeetingPlanningDocument,
    "\n  query MeetingChair($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n    deliberationStaff {\n      id\n      name\n    }\n    parties {\n      id\n      name\n      archived\n    }\n  }\n": types.MeetingChairDocument,
    "\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      meetingId\n      version\n    }\n  }\n": types.MeetingChangedDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($input: AgendaItemInput!) {\n    removeAgendaItem(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.RemoveAgendaItemDocument,
    "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.ReorderAgendaDocument,
    "\n  mutation SetAgendaTimeBox($input: TimeBoxInput!) {\n    setAgendaTimeBox(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.SetAgendaTimeBoxDocument,
    "\n  mutation InviteToMeeting($input: InviteInput!) {\n    inviteToMeeting(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.InviteToMeetingDocument,
    "\n  mutation RemoveMeetingInvitee($input: InviteeInput!) {\n    removeMeetingInvitee(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.RemoveMeetingInviteeDocument,
    "\n  mutation CheckInResident($input: CheckInResidentInput!) {\n    checkInResident(input: $input) {\n      residentName\n      alreadyCheckedIn\n      pointsAwarded\n    }\n  }\n": types.CheckInResidentDocument,
    "\n  query CouncilMembers {\n    councilMembers {\n      id\n      residentId\n      name\n      building\n      role\n      since\n      until\n    }\n  }\n": types.CouncilMembersDocument,
    "\n  mutation AddCouncilMember($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n    }\n  }\n": types.AddCouncilMemberDocument,
    "\n  mutation RemoveCouncilMember($memberId: ID!) {\n    removeCouncilMember(memberId: $memberId) {\n      id\n    }\n  }\n": types.RemoveCouncilMemberDocument,
    "\n  mutation StartMeeting($input: MeetingVersionInput!) {\n    startMeeting(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.StartMeetingDocument,
    "\n  mutation NextAgendaItem($input: MeetingVersionInput!) {\n    nextAgendaItem(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.NextAgendaItemDocument,
    "\n  mutation StartItemTimer($input: MeetingVersionInput!) {\n    startItemTimer(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.StartItemTimerDocument,
    "\n  mutation PauseItemTimer($input: MeetingVersionInput!) {\n    pauseItemTimer(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.PauseItemTimerDocument,
    "\n  mutation RecordVote($input: RecordVoteInput!) {\n    recordVote(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.RecordVoteDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation AssignAction($input: AssignActionInput!) {\n    assignAction(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.AssignActionDocument,
    "\n  mutation CloseMeeting($input: MeetingVersionInput!) {\n    closeMeeting(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n": types.CloseMeetingDocument,
    "\n  query MeetingMinutes($id: ID!) {\n    meetingMinutes(id: $id) {\n      community\n      title\n      kind\n      day\n      place\n      chair\n      startedAt\n      closedAt\n      quorum {\n        present\n        needed\n        met\n      }\n      attendees {\n        name\n        building\n        role\n      }\n      invitedParties {\n        name\n        present\n      }\n      items {\n        position\n        title\n        matterRef\n        timeBoxMinutes\n        discussion\n        decision\n        votes {\n          question\n          for\n          against\n          abstain\n          quorumMet\n          carried\n        }\n        actions {\n          what\n          owner\n          due\n        }\n      }\n    }\n  }\n": types.MeetingMinutesDocument,
    "\n  query AdminViewer {\n    viewer {\n      mustChangePassword\n      community {\n        id\n        name\n        code\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n": types.AdminViewerDocument,
    "\n  mutation SignInStaff($input: StaffSignInInput!) {\n    signInStaff(input: $input) {\n      token\n      staff {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": types.SignInStaffDocument,
    "\n  mutation SignInOperator($input: OperatorSignInInput!) {\n    signInOperator(input: $input) {\n      token\n    }\n  }\n": types.SignInOperatorDocument,
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Dashboard {\n    buildings {\n      id\n    }\n    residents(limit: 1) {\n      total\n    }\n    notices(first: 100) {\n      id\n      category\n      title\n      publishedAt\n    }\n  }\n": types.DashboardDocument,
    "\n  query Buildings {\n    buildings {\n      id\n      number\n      name\n    }\n  }\n": types.BuildingsDocument,
    "\n  query Devices {\n    devices {\n      id\n      kind\n      name\n      location\n      active\n      createdAt\n      lastSeenAt\n      pairingExpiresAt\n      revokedAt\n      signInBudget {\n        failures\n        limit\n        windowMinutes\n        blockedUntil\n      }\n    }\n  }\n": types.DevicesDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      token\n      pairingCode\n      device {\n        id\n        name\n        pairingExpiresAt\n      }\n    }\n  }\n": types.RegisterDeviceDocument,
    "\n  mutation RenewPairingCode($id: ID!) {\n    renewPairingCode(id: $id)\n  }\n": types.RenewPairingCodeDocument,
    "\n  mutation RevokeDevice($id: ID!) {\n    revokeDevice(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeDeviceDocument,
    "\n  mutation ResetDeviceSignIns($id: ID!) {\n    resetDeviceSignIns(id: $id) {\n      id\n    }\n  }\n": types.ResetDeviceSignInsDocument,
    "\n  query Notices($buildingId: ID, $includeExpired: Boolean!, $first: Int!) {\n    notices(buildingId: $buildingId, includeExpired: $includeExpired, first: $first) {\n      id\n      category\n      title\n      body\n      publishedAt\n      expiresAt\n      buildings {\n        id\n        number\n        name\n      }\n    }\n  }\n": types.NoticesDocument,
    "\n  mutation PublishNotice($input: PublishNoticeInput!) {\n    publishNotice(input: $input) {\n      id\n    }\n  }\n": types.PublishNoticeDocument,
    "\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n": types.DeleteNoticeDocument,
    "\n  mutation UpdateNotice($id: ID!, $input: PublishNoticeInput!) {\n    updateNotice(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateNoticeDocument,
    "\n  subscription ConsoleNoticePublished {\n    noticePublished {\n      id\n    }\n  }\n": types.ConsoleNoticePublishedDocument,
    "\n  subscription ConsoleNoticeChanged {\n    noticeChanged {\n      id\n    }\n  }\n": types.ConsoleNoticeChangedDocument,
    "\n  fragment PointsEntryFields on PointsEntryView {\n    id\n    amount\n    balanceAfter\n    reason\n    title\n    day\n    hours\n    note\n    voucherCode\n    reversesId\n    reversed\n    recordedBy\n    recordedByName\n    at\n    cursor\n  }\n": types.PointsEntryFieldsFragmentDoc,
    "\n  query ResidentPoints(\n    $residentId: ID!\n    $before: String\n    $first: Int!\n    $reasons: [PointsReasonCode!]\n    $from: String\n    $until: String\n  ) {\n    residentPoints(\n      residentId: $residentId\n      before: $before\n      first: $first\n      reasons: $reasons\n      from: $from\n      until: $until\n    ) {\n      residentId\n      residentName\n      building\n      gone\n      balance\n      more\n      history {\n        ...PointsEntryFields\n      }\n    }\n  }\n": types.ResidentPointsDocument,
    "\n  mutation RecordVolunteerHours($input: VolunteerHoursInput!) {\n    recordVolunteerHours(input: $input) {\n      alreadyRecorded\n      balance\n      entry {\n        ...PointsEntryFields\n      }\n    }\n  }\n": types.RecordVolunteerHoursDocument,
    "\n  mutation AdjustPoints($input: ManualPointsInput!) {\n    adjustPoints(input: $input) {\n      alreadyRecorded\n      balance\n      entry {\n        ...PointsEntryFields\n      }\n    }\n  }\n": types.AdjustPointsDocument,
    "\n  mutation ReversePointsEntry($input: ReverseEntryInput!) {\n    reversePointsEntry(input: $input) {\n      alreadyRecorded\n      balance\n      entry {\n        ...PointsEntryFields\n      }\n    }\n  }\n": types.ReversePointsEntryDocument,
    "\n  query PointsRules {\n    pointsRules {\n      id\n      reason\n      points\n      effectiveFrom\n      current\n    }\n    pointsSettings {\n      voucherValidDays\n      starsPerQuarter\n    }\n  }\n": types.PointsRulesDocument,
    "\n  mutation AddPointsRule($input: PointsRuleInput!) {\n    addPointsRule(input: $input) {\n      id\n      reason\n      points\n      effectiveFrom\n      current\n    }\n  }\n": types.AddPointsRuleDocument,
    "\n  mutation SavePointsSettings($input: PointsSettingsInput!) {\n    savePointsSettings(input: $input) {\n      voucherValidDays\n      starsPerQuarter\n    }\n  }\n": types.SavePointsSettingsDocument,
    "\n  fragment RewardFields on Reward {\n    id\n    kind\n    name\n    description\n    cost\n    stock\n    pictureId\n    activeFrom\n    activeUntil\n    archived\n    version\n  }\n": types.RewardFieldsFragmentDoc,
    "\n  query Rewards($includeArchived: Boolean!) {\n    rewards(includeArchived: $includeArchived) {\n      ...RewardFields\n    }\n  }\n": types.RewardsDocument,
    "\n  mutation CreateReward($input: NewRewardInput!) {\n    createReward(input: $input) {\n      ...RewardFields\n    }\n  }\n": types.CreateRewardDocument,
    "\n  mutation UpdateReward($input: UpdateRewardInput!) {\n    updateReward(input: $input) {\n      ...RewardFields\n    }\n  }\n": types.UpdateRewardDocument,
    "\n  mutation AdjustRewardStock($input: StockInput!) {\n    adjustRewardStock(input: $input) {\n      ...RewardFields\n    }\n  }\n": types.AdjustRewardStockDocument,
    "\n  fragment VoucherFields on Voucher {\n    id\n    code\n    status\n    cost\n    rewardId\n    rewardName\n    residentId\n    residentName\n    building\n    issuedAt\n    expiresAt\n    closedAt\n    cancelNote\n  }\n": types.VoucherFieldsFragmentDoc,
    "\n  query Vouchers($statuses: [VoucherStatus!], $before: DateTimeISO, $first: Int!) {\n    vouchers(statuses: $statuses, before: $before, first: $first) {\n      ...VoucherFields\n    }\n  }\n": types.VouchersDocument,
    "\n  query VoucherByCode($code: String!) {\n    voucherByCode(code: $code) {\n      ...VoucherFields\n    }\n  }\n": types.VoucherByCodeDocument,
    "\n  mutation FulfilVoucher($input: VoucherCodeInput!) {\n    fulfilVoucher(input: $input) {\n      ...VoucherFields\n    }\n  }\n": types.FulfilVoucherDocument,
    "\n  mutation CancelVoucher($input: CancelVoucherInput!) {\n    cancelVoucher(input: $input) {\n      ...VoucherFields\n    }\n  }\n": types.CancelVoucherDocument,
    "\n  query StarsOfQuarter($quarter: String!) {\n    starsOfQuarter(quarter: $quarter) {\n      quarter\n      confirmed\n      over\n      stars {\n        rank\n        name\n        building\n        points\n        occasions\n        residentId\n      }\n    }\n  }\n": types.StarsOfQuarterDocument,
    "\n  mutation ConfirmStars($input: ConfirmStarsInput!) {\n    confirmStars(input: $input) {\n      quarter\n      confirmed\n      over\n      stars {\n        rank\n        name\n        building\n        points\n        occasions\n        residentId\n      }\n    }\n  }\n": types.ConfirmStarsDocument,
    "\n  query PointsByMonth($months: Int!) {\n    pointsByMonth(months: $months) {\n      month\n      earned\n      redeemed\n    }\n  }\n": types.PointsByMonthDocument,
    "\n  mutation VerifyLedger {\n    verifyLedger {\n      accounts\n      entries\n      ok\n      problems\n      checkedAt\n      mismatches {\n        residentId\n        kind\n        balance\n        sum\n        last\n      }\n    }\n  }\n": types.VerifyLedgerDocument,
    "\n  fragment ResidentRecordFields on ResidentRecord {\n    phone\n    phone2\n    birthDate\n    notes\n    cardCode\n    hasPin\n    pinLockedUntil\n    pinSetupExpiresAt\n    resident {\n      id\n      name\n      unit\n      room\n      age\n      livesAlone\n      limitedMobility\n      movedAway\n      erased\n      version\n      building {\n        id\n        number\n        name\n      }\n    }\n  }\n": types.ResidentRecordFieldsFragmentDoc,
    "\n  query ResidentRecord($id: ID!) {\n    residentRecord(id: $id) {\n      ...ResidentRecordFields\n    }\n  }\n": types.ResidentRecordDocument,
    "\n  mutation CreateResident($input: ResidentInput!) {\n    createResident(input: $input) {\n      id\n    }\n  }\n": types.CreateResidentDocument,
    "\n  mutation UpdateResident($id: ID!, $input: ResidentEdit!) {\n    updateResident(id: $id, input: $input) {\n      id\n      name\n      unit\n      room\n      age\n      livesAlone\n      limitedMobility\n      movedAway\n      erased\n      version\n      building {\n        id\n        number\n        name\n      }\n    }\n  }\n": types.UpdateResidentDocument,
    "\n  mutation MarkResidentMovedAway($id: ID!, $version: Int!) {\n    markResidentMovedAway(id: $id, version: $version) {\n      id\n      movedAway\n      erased\n      version\n    }\n  }\n": types.MarkResidentMovedAwayDocument,
    "\n  mutation EraseResident($id: ID!, $version: Int!) {\n    eraseResident(id: $id, version: $version) {\n      id\n      name\n      movedAway\n      erased\n      version\n    }\n  }\n": types.EraseResidentDocument,
    "\n  mutation IssueResidentCard($id: ID!) {\n    issueResidentCard(id: $id) {\n      ...ResidentRecordFields\n    }\n  }\n": types.IssueResidentCardDocument,
    "\n  mutation RevokeResidentCard($id: ID!) {\n    revokeResidentCard(id: $id) {\n      ...ResidentRecordFields\n    }\n  }\n": types.RevokeResidentCardDocument,
    "\n  mutation IssuePinSetupCode($residentId: ID!) {\n    issuePinSetupCode(residentId: $residentId) {\n      code\n      expiresAt\n    }\n  }\n": types.IssuePinSetupCodeDocument,
    "\n  mutation LiftPinLock($residentId: ID!) {\n    liftPinLock(residentId: $residentId)\n  }\n": types.LiftPinLockDocument,
    "\n  query StaffUsers {\n    staffUsers {\n      id\n      username\n      displayName\n      role\n      deactivatedAt\n      mustChangePassword\n      version\n      createdAt\n    }\n  }\n": types.StaffUsersDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      oneTimePassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.CreateStaffDocument,
    "\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      id\n      role\n      version\n    }\n  }\n": types.SetStaffRoleDocument,
    "\n  mutation DeactivateStaff($input: StaffVersionInput!) {\n    deactivateStaff(input: $input) {\n      id\n      deactivatedAt\n      version\n    }\n  }\n": types.DeactivateStaffDocument,
    "\n  mutation ReactivateStaff($input: StaffVersionInput!) {\n    reactivateStaff(input: $input) {\n      id\n      deactivatedAt\n      version\n    }\n  }\n": types.ReactivateStaffDocument,
    "\n  mutation ResetStaffPassword($input: StaffVersionInput!) {\n    resetStaffPassword(input: $input) {\n      oneTimePassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.ResetStaffPasswordDocument,
    "\n  query OperatorMe {\n    operatorMe {\n      id\n      username\n      displayName\n    }\n  }\n": types.OperatorMeDocument,
    "\n  query OfficeCommunities {\n    officeCommunities {\n      id\n      name\n      code\n      address\n      buildingCount\n      unitCount\n      staffCount\n      createdAt\n    }\n  }\n": types.OfficeCommunitiesDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      adminUsername\n      oneTimePassword\n      community {\n        id\n        name\n        code\n      }\n    }\n  }\n": types.CreateCommunityDocument,
    "\n  fragment WorkOrderFields on WorkOrder {\n    id\n    status\n    description\n    owner\n    dueDate\n    overdue\n    offeringName\n    ticketCode\n    residentName\n    outcome\n    createdAt\n    closedAt\n    notes {\n      author\n      createdAt\n      text\n    }\n  }\n": types.WorkOrderFieldsFragmentDoc,
    "\n  query WorkOrders($status: WorkOrderStatus) {\n    workOrders(status: $status) {\n      ...WorkOrderFields\n    }\n  }\n": types.WorkOrdersDocument,
    "\n  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n": types.CreateWorkOrderDocument,
    "\n  mutation AddWorkOrderNote($input: WorkOrderNoteInput!) {\n    addWorkOrderNote(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n": types.AddWorkOrderNoteDocument,
    "\n  mutation CloseWorkOrder($input: CloseWorkOrderInput!) {\n    closeWorkOrder(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n": types.CloseWorkOrderDocument,
    "\n  query ResidentsPage(\n    $search: String\n    $buildingId: ID\n    $unit: Int\n    $room: String\n    $ageBand: AgeBand\n    $livesAlone: Boolean\n    $limitedMobility: Boolean\n    $movedAway: Boolean!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    residents(\n      search: $search\n      buildingId: $buildingId\n      unit: $unit\n      room: $room\n      ageBand: $ageBand\n      livesAlone: $livesAlone\n      limitedMobility: $limitedMobility\n      movedAway: $movedAway\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        id\n        name\n        age\n        unit\n        room\n        phoneMasked\n        livesAlone\n        limitedMobility\n        movedAway\n        building {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": types.ResidentsPageDocument,
    "\n  query Household($buildingId: ID!, $unit: Int!, $room: String!) {\n    household(buildingId: $buildingId, unit: $unit, room: $room) {\n      id\n      name\n      age\n      phoneMasked\n      livesAlone\n      limitedMobility\n      building {\n        id\n        number\n        name\n      }\n    }\n  }\n": types.HouseholdDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($action: AuditAction, $residentId: ID, $staffId: ID, $after: String, $first: Int!) {\n    auditLog(action: $action, residentId: $residentId, staffId: $staffId, after: $after, first: $first) {\n      lines {\n        id\n        at\n        action\n        staffId\n        staffName\n        residentId\n        residentName\n        address\n        detail\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offerings {\n    offerings {\n      id\n      letter\n      name\n      provider\n    }\n  }\n"): typeof import('./graphql').OfferingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CornerToday {\n    cornerStatus {\n      open\n      opening {\n        id\n        startsAt\n        endsAt\n      }\n    }\n    cornerBoard(next: 0) {\n      openingId\n      version\n      waitingCount\n      servedCount\n      noShowCount\n      averageWaitMinutes\n      offering {\n        id\n        letter\n        name\n        provider\n      }\n      nowServing {\n        id\n        code\n        status\n        deskName\n      }\n    }\n  }\n"): typeof import('./graphql').CornerTodayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskTicket on Ticket {\n    id\n    code\n    status\n    deskName\n    createdAt\n    calledAt\n    offering {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DeskTicketFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Desks {\n    desks {\n      id\n      name\n      offeringIds\n    }\n  }\n"): typeof import('./graphql').DesksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskLine($offeringId: ID!, $next: Int!, $deskId: ID!) {\n    deskTicket(deskId: $deskId) {\n      ...DeskTicket\n    }\n    cornerStatus {\n      open\n      opening {\n        id\n        startsAt\n        endsAt\n      }\n    }\n    cornerBoard(offeringId: $offeringId, next: $next) {\n      openingId\n      version\n      waitingCount\n      servedCount\n      noShowCount\n      offering {\n        id\n      }\n      nowServing {\n        ...DeskTicket\n      }\n      waiting {\n        ...DeskTicket\n      }\n    }\n  }\n"): typeof import('./graphql').DeskLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueChanged($offeringId: ID) {\n    queueChanged(offeringId: $offeringId) {\n      offeringId\n      openingId\n      version\n    }\n  }\n"): typeof import('./graphql').QueueChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallNext($input: CallNextInput!) {\n    callNext(input: $input) {\n      ...DeskTicket\n    }\n  }\n"): typeof import('./graphql').CallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecallTicket($input: TicketActionInput!) {\n    recallTicket(input: $input) {\n      ...DeskTicket\n    }\n  }\n"): typeof import('./graphql').RecallTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartServing($input: TicketActionInput!) {\n    startServing(input: $input) {\n      ...DeskTicket\n    }\n  }\n"): typeof import('./graphql').StartServingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTicket($input: TicketActionInput!) {\n    completeTicket(input: $input) {\n      ...DeskTicket\n    }\n  }\n"): typeof import('./graphql').CompleteTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoShow($input: TicketActionInput!) {\n    markNoShow(input: $input) {\n      ...DeskTicket\n    }\n  }\n"): typeof import('./graphql').MarkNoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SetupOffering on Offering {\n    id\n    letter\n    name\n    provider\n    typicalMinutes\n    bookingCapacity\n    active\n  }\n"): typeof import('./graphql').SetupOfferingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllOfferings {\n    allOfferings {\n      ...SetupOffering\n    }\n  }\n"): typeof import('./graphql').AllOfferingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffering($input: OfferingInput!) {\n    createOffering(input: $input) {\n      ...SetupOffering\n    }\n  }\n"): typeof import('./graphql').CreateOfferingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffering($input: UpdateOfferingInput!) {\n    updateOffering(input: $input) {\n      ...SetupOffering\n    }\n  }\n"): typeof import('./graphql').UpdateOfferingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOfferingActive($id: ID!, $active: Boolean!) {\n    setOfferingActive(id: $id, active: $active) {\n      ...SetupOffering\n    }\n  }\n"): typeof import('./graphql').SetOfferingActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CornerCalendar($month: String!) {\n    cornerCalendar(month: $month) {\n      bookings\n      opening {\n        id\n        startsAt\n        endsAt\n        cancelled\n      }\n    }\n  }\n"): typeof import('./graphql').CornerCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningLines($openingId: ID!) {\n    openingLines(openingId: $openingId) {\n      booked\n      capacity\n      capacityOverride\n      offering {\n        id\n        letter\n        name\n        bookingCapacity\n      }\n    }\n  }\n"): typeof import('./graphql').OpeningLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateOpenings($input: OpeningPatternInput!) {\n    generateOpenings(input: $input) {\n      created\n      skipped\n      holidaysSkipped\n    }\n  }\n"): typeof import('./graphql').GenerateOpeningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckOpeningPattern($input: OpeningPatternInput!) {\n    checkOpeningPattern(input: $input) {\n      holidays {\n        date\n        name\n        nameEn\n      }\n      knownThrough\n      unchecked\n    }\n  }\n"): typeof import('./graphql').CheckOpeningPatternDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOpening($input: OneOffOpeningInput!) {\n    addOpening(input: $input) {\n      id\n      startsAt\n    }\n  }\n"): typeof import('./graphql').AddOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOpening($input: CloseOpeningInput!) {\n    closeOpening(input: $input) {\n      cancelledBookings\n      opening {\n        id\n        cancelled\n      }\n    }\n  }\n"): typeof import('./graphql').CloseOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenOpening($openingId: ID!) {\n    reopenOpening(openingId: $openingId) {\n      id\n      cancelled\n    }\n  }\n"): typeof import('./graphql').ReopenOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLineCapacity($input: LineCapacityInput!) {\n    setLineCapacity(input: $input) {\n      booked\n      capacity\n      capacityOverride\n    }\n  }\n"): typeof import('./graphql').SetLineCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupDesks {\n    desks(includeInactive: true) {\n      id\n      name\n      active\n      offeringIds\n    }\n  }\n"): typeof import('./graphql').SetupDesksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDesk($input: DeskInput!) {\n    createDesk(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDesk($input: UpdateDeskInput!) {\n    updateDesk(input: $input) {\n      id\n      name\n      active\n      offeringIds\n    }\n  }\n"): typeof import('./graphql').UpdateDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatterFields on MatterView {\n    id\n    ref\n    round\n    title\n    category\n    status\n    urgency\n    targetQuarter\n    owner {\n      staffId\n      partyId\n      name\n    }\n    classifiedAt\n    dueDay\n    daysLeft\n    overdue\n    declined\n    answer\n    answeredAt\n    mergedIntoRef\n    suggesters\n    version\n    createdAt\n  }\n"): typeof import('./graphql').MatterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatterFileFields on MatterFileView {\n    matter {\n      ...MatterFields\n    }\n    suggestions {\n      id\n      residentId\n      residentName\n      building\n      title\n      details\n      category\n      source\n      enteredByName\n      createdAt\n    }\n    events {\n      id\n      kind\n      public\n      text\n      reason\n      urgency\n      dueDay\n      previousDueDay\n      subject\n      outcome\n      byName\n      at\n    }\n  }\n"): typeof import('./graphql').MatterFileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliberationMatters($round: String, $status: MatterStatus, $category: MatterCategory, $overdue: Boolean!) {\n    deliberationRound(round: $round) {\n      round\n      cutoffDay\n      meetingDay\n      plannedMeetingDay\n      movedReason\n      holidaysKnown\n      closed\n      matters\n    }\n    matters(round: $round, status: $status, category: $category, overdue: $overdue) {\n      ...MatterFields\n    }\n  }\n"): typeof import('./graphql').DeliberationMattersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentRound {\n    deliberationRound {\n      round\n    }\n  }\n"): typeof import('./graphql').CurrentRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatterFile($id: ID!) {\n    matter(id: $id) {\n      ...MatterFileFields\n    }\n    parties {\n      id\n      name\n      kind\n      archived\n    }\n    deliberationStaff {\n      id\n      name\n    }\n    deliberationSettings {\n      counting\n      urgentDays\n      keyDays\n    }\n  }\n"): typeof import('./graphql').MatterFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatterRefs {\n    matters(first: 500) {\n      id\n      ref\n      title\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').MatterRefsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliberationResidentSearch($search: String) {\n    residents(search: $search, movedAway: false, offset: 0, limit: 8) {\n      total\n      items {\n        id\n        name\n        age\n        unit\n        room\n        building {\n          id\n          number\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeliberationResidentSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterSuggestion($input: EnterSuggestionInput!) {\n    enterSuggestion(input: $input) {\n      id\n      ref\n      title\n    }\n  }\n"): typeof import('./graphql').EnterSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClassifyMatter($input: ClassifyMatterInput!) {\n    classifyMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n"): typeof import('./graphql').ClassifyMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignMatter($input: ReassignMatterInput!) {\n    reassignMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n"): typeof import('./graphql').ReassignMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveMatterDeadline($input: MoveDeadlineInput!) {\n    moveMatterDeadline(input: $input) {\n      ...MatterFileFields\n    }\n  }\n"): typeof import('./graphql').MoveMatterDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMatterNote($input: MatterNoteInput!) {\n    addMatterNote(input: $input) {\n      ...MatterFileFields\n    }\n  }\n"): typeof import('./graphql').AddMatterNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMatter($input: DecideMatterInput!) {\n    decideMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n"): typeof import('./graphql').DecideMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMatter($input: CompleteMatterInput!) {\n    completeMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n"): typeof import('./graphql').CompleteMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerMatter($input: AnswerMatterInput!) {\n    answerMatter(input: $input) {\n      ...MatterFileFields\n    }\n  }\n"): typeof import('./graphql').AnswerMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeMatters($input: MergeMattersInput!) {\n    mergeMatters(input: $input) {\n      ...MatterFileFields\n    }\n  }\n"): typeof import('./graphql').MergeMattersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliberationStats($round: String) {\n    deliberationStats(round: $round) {\n      round\n      category\n      matters\n      classified\n      answered\n      answeredInWindow\n      overdue\n    }\n  }\n"): typeof import('./graphql').DeliberationStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Parties {\n    parties {\n      id\n      name\n      kind\n      contactName\n      phone\n      archived\n      version\n    }\n  }\n"): typeof import('./graphql').PartiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveParty($input: PartyInput!) {\n    saveParty(input: $input) {\n      id\n      name\n      kind\n      contactName\n      phone\n      archived\n      version\n    }\n  }\n"): typeof import('./graphql').SavePartyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliberationSettings {\n    deliberationSettings {\n      counting\n      urgentDays\n      keyDays\n      cutoffDay\n      meetingDay\n    }\n  }\n"): typeof import('./graphql').DeliberationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDeliberationSettings($input: DeliberationSettingsInput!) {\n    saveDeliberationSettings(input: $input) {\n      counting\n      urgentDays\n      keyDays\n      cutoffDay\n      meetingDay\n    }\n  }\n"): typeof import('./graphql').SaveDeliberationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingLiveFields on MeetingLive {\n    id\n    kind\n    title\n    day\n    plannedDay\n    movedReason\n    place\n    round\n    status\n    version\n    now\n    startedAt\n    closedAt\n    chairName\n    currentItemId\n    items {\n      id\n      position\n      title\n      matterId\n      matterRef\n      status\n      timeBoxMinutes\n      usedMs\n      runningSince\n      outcome\n      decision\n      discussion\n    }\n    invitees {\n      id\n      name\n      building\n      councilRole\n      residentId\n      partyId\n      present\n    }\n    quorum {\n      attendees\n      councilSize\n      present\n      needed\n      met\n    }\n    votes {\n      id\n      itemId\n      question\n      for\n      against\n      abstain\n      present\n      quorumMet\n      carried\n      at\n    }\n    lastVote {\n      id\n      itemId\n      question\n      for\n      against\n      abstain\n      present\n      quorumMet\n      carried\n      at\n    }\n    actions {\n      id\n      itemId\n      what\n      ownerName\n      ownerStaffId\n      due\n    }\n  }\n"): typeof import('./graphql').MeetingLiveFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($from: String!, $until: String!) {\n    meetings(from: $from, until: $until) {\n      id\n      kind\n      title\n      day\n      plannedDay\n      movedReason\n      place\n      round\n      status\n      itemCount\n      attendeeCount\n      version\n    }\n  }\n"): typeof import('./graphql').MeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').MeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPlanning($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n    agendaCandidates(meetingId: $id) {\n      matterId\n      ref\n      title\n      overdue\n      timeBoxMinutes\n    }\n    parties {\n      id\n      name\n      archived\n    }\n  }\n"): typeof import('./graphql').MeetingPlanningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingChair($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingLiveFields\n    }\n    deliberationStaff {\n      id\n      name\n    }\n    parties {\n      id\n      name\n      archived\n    }\n  }\n"): typeof import('./graphql').MeetingChairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      meetingId\n      version\n    }\n  }\n"): typeof import('./graphql').MeetingChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CreateMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').UpdateMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').AddAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($input: AgendaItemInput!) {\n    removeAgendaItem(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').RemoveAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').ReorderAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgendaTimeBox($input: TimeBoxInput!) {\n    setAgendaTimeBox(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').SetAgendaTimeBoxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToMeeting($input: InviteInput!) {\n    inviteToMeeting(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').InviteToMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMeetingInvitee($input: InviteeInput!) {\n    removeMeetingInvitee(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').RemoveMeetingInviteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInResident($input: CheckInResidentInput!) {\n    checkInResident(input: $input) {\n      residentName\n      alreadyCheckedIn\n      pointsAwarded\n    }\n  }\n"): typeof import('./graphql').CheckInResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilMembers {\n    councilMembers {\n      id\n      residentId\n      name\n      building\n      role\n      since\n      until\n    }\n  }\n"): typeof import('./graphql').CouncilMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCouncilMember($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCouncilMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCouncilMember($memberId: ID!) {\n    removeCouncilMember(memberId: $memberId) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveCouncilMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMeeting($input: MeetingVersionInput!) {\n    startMeeting(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').StartMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NextAgendaItem($input: MeetingVersionInput!) {\n    nextAgendaItem(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').NextAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartItemTimer($input: MeetingVersionInput!) {\n    startItemTimer(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').StartItemTimerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseItemTimer($input: MeetingVersionInput!) {\n    pauseItemTimer(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').PauseItemTimerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVote($input: RecordVoteInput!) {\n    recordVote(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').RecordVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').RecordDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignAction($input: AssignActionInput!) {\n    assignAction(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').AssignActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMeeting($input: MeetingVersionInput!) {\n    closeMeeting(input: $input) {\n      ...MeetingLiveFields\n    }\n  }\n"): typeof import('./graphql').CloseMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingMinutes($id: ID!) {\n    meetingMinutes(id: $id) {\n      community\n      title\n      kind\n      day\n      place\n      chair\n      startedAt\n      closedAt\n      quorum {\n        present\n        needed\n        met\n      }\n      attendees {\n        name\n        building\n        role\n      }\n      invitedParties {\n        name\n        present\n      }\n      items {\n        position\n        title\n        matterRef\n        timeBoxMinutes\n        discussion\n        decision\n        votes {\n          question\n          for\n          against\n          abstain\n          quorumMet\n          carried\n        }\n        actions {\n          what\n          owner\n          due\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeetingMinutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminViewer {\n    viewer {\n      mustChangePassword\n      community {\n        id\n        name\n        code\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AdminViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInStaff($input: StaffSignInInput!) {\n    signInStaff(input: $input) {\n      token\n      staff {\n        id\n        displayName\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').SignInStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInOperator($input: OperatorSignInInput!) {\n    signInOperator(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql').SignInOperatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n"): typeof import('./graphql').ChangeMyPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    buildings {\n      id\n    }\n    residents(limit: 1) {\n      total\n    }\n    notices(first: 100) {\n      id\n      category\n      title\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Buildings {\n    buildings {\n      id\n      number\n      name\n    }\n  }\n"): typeof import('./graphql').BuildingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Devices {\n    devices {\n      id\n      kind\n      name\n      location\n      active\n      createdAt\n      lastSeenAt\n      pairingExpiresAt\n      revokedAt\n      signInBudget {\n        failures\n        limit\n        windowMinutes\n        blockedUntil\n      }\n    }\n  }\n"): typeof import('./graphql').DevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      token\n      pairingCode\n      device {\n        id\n        name\n        pairingExpiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewPairingCode($id: ID!) {\n    renewPairingCode(id: $id)\n  }\n"): typeof import('./graphql').RenewPairingCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDevice($id: ID!) {\n    revokeDevice(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetDeviceSignIns($id: ID!) {\n    resetDeviceSignIns(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ResetDeviceSignInsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notices($buildingId: ID, $includeExpired: Boolean!, $first: Int!) {\n    notices(buildingId: $buildingId, includeExpired: $includeExpired, first: $first) {\n      id\n      category\n      title\n      body\n      publishedAt\n      expiresAt\n      buildings {\n        id\n        number\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNotice($input: PublishNoticeInput!) {\n    publishNotice(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PublishNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n"): typeof import('./graphql').DeleteNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotice($id: ID!, $input: PublishNoticeInput!) {\n    updateNotice(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleNoticePublished {\n    noticePublished {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleNoticePublishedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleNoticeChanged {\n    noticeChanged {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleNoticeChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointsEntryFields on PointsEntryView {\n    id\n    amount\n    balanceAfter\n    reason\n    title\n    day\n    hours\n    note\n    voucherCode\n    reversesId\n    reversed\n    recordedBy\n    recordedByName\n    at\n    cursor\n  }\n"): typeof import('./graphql').PointsEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentPoints(\n    $residentId: ID!\n    $before: String\n    $first: Int!\n    $reasons: [PointsReasonCode!]\n    $from: String\n    $until: String\n  ) {\n    residentPoints(\n      residentId: $residentId\n      before: $before\n      first: $first\n      reasons: $reasons\n      from: $from\n      until: $until\n    ) {\n      residentId\n      residentName\n      building\n      gone\n      balance\n      more\n      history {\n        ...PointsEntryFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVolunteerHours($input: VolunteerHoursInput!) {\n    recordVolunteerHours(input: $input) {\n      alreadyRecorded\n      balance\n      entry {\n        ...PointsEntryFields\n      }\n    }\n  }\n"): typeof import('./graphql').RecordVolunteerHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustPoints($input: ManualPointsInput!) {\n    adjustPoints(input: $input) {\n      alreadyRecorded\n      balance\n      entry {\n        ...PointsEntryFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdjustPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReversePointsEntry($input: ReverseEntryInput!) {\n    reversePointsEntry(input: $input) {\n      alreadyRecorded\n      balance\n      entry {\n        ...PointsEntryFields\n      }\n    }\n  }\n"): typeof import('./graphql').ReversePointsEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsRules {\n    pointsRules {\n      id\n      reason\n      points\n      effectiveFrom\n      current\n    }\n    pointsSettings {\n      voucherValidDays\n      starsPerQuarter\n    }\n  }\n"): typeof import('./graphql').PointsRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPointsRule($input: PointsRuleInput!) {\n    addPointsRule(input: $input) {\n      id\n      reason\n      points\n      effectiveFrom\n      current\n    }\n  }\n"): typeof import('./graphql').AddPointsRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePointsSettings($input: PointsSettingsInput!) {\n    savePointsSettings(input: $input) {\n      voucherValidDays\n      starsPerQuarter\n    }\n  }\n"): typeof import('./graphql').SavePointsSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RewardFields on Reward {\n    id\n    kind\n    name\n    description\n    cost\n    stock\n    pictureId\n    activeFrom\n    activeUntil\n    archived\n    version\n  }\n"): typeof import('./graphql').RewardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rewards($includeArchived: Boolean!) {\n    rewards(includeArchived: $includeArchived) {\n      ...RewardFields\n    }\n  }\n"): typeof import('./graphql').RewardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReward($input: NewRewardInput!) {\n    createReward(input: $input) {\n      ...RewardFields\n    }\n  }\n"): typeof import('./graphql').CreateRewardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReward($input: UpdateRewardInput!) {\n    updateReward(input: $input) {\n      ...RewardFields\n    }\n  }\n"): typeof import('./graphql').UpdateRewardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustRewardStock($input: StockInput!) {\n    adjustRewardStock(input: $input) {\n      ...RewardFields\n    }\n  }\n"): typeof import('./graphql').AdjustRewardStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoucherFields on Voucher {\n    id\n    code\n    status\n    cost\n    rewardId\n    rewardName\n    residentId\n    residentName\n    building\n    issuedAt\n    expiresAt\n    closedAt\n    cancelNote\n  }\n"): typeof import('./graphql').VoucherFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vouchers($statuses: [VoucherStatus!], $before: DateTimeISO, $first: Int!) {\n    vouchers(statuses: $statuses, before: $before, first: $first) {\n      ...VoucherFields\n    }\n  }\n"): typeof import('./graphql').VouchersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoucherByCode($code: String!) {\n    voucherByCode(code: $code) {\n      ...VoucherFields\n    }\n  }\n"): typeof import('./graphql').VoucherByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfilVoucher($input: VoucherCodeInput!) {\n    fulfilVoucher(input: $input) {\n      ...VoucherFields\n    }\n  }\n"): typeof import('./graphql').FulfilVoucherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelVoucher($input: CancelVoucherInput!) {\n    cancelVoucher(input: $input) {\n      ...VoucherFields\n    }\n  }\n"): typeof import('./graphql').CancelVoucherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StarsOfQuarter($quarter: String!) {\n    starsOfQuarter(quarter: $quarter) {\n      quarter\n      confirmed\n      over\n      stars {\n        rank\n        name\n        building\n        points\n        occasions\n        residentId\n      }\n    }\n  }\n"): typeof import('./graphql').StarsOfQuarterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmStars($input: ConfirmStarsInput!) {\n    confirmStars(input: $input) {\n      quarter\n      confirmed\n      over\n      stars {\n        rank\n        name\n        building\n        points\n        occasions\n        residentId\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmStarsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsByMonth($months: Int!) {\n    pointsByMonth(months: $months) {\n      month\n      earned\n      redeemed\n    }\n  }\n"): typeof import('./graphql').PointsByMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyLedger {\n    verifyLedger {\n      accounts\n      entries\n      ok\n      problems\n      checkedAt\n      mismatches {\n        residentId\n        kind\n        balance\n        sum\n        last\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentRecordFields on ResidentRecord {\n    phone\n    phone2\n    birthDate\n    notes\n    cardCode\n    hasPin\n    pinLockedUntil\n    pinSetupExpiresAt\n    resident {\n      id\n      name\n      unit\n      room\n      age\n      livesAlone\n      limitedMobility\n      movedAway\n      erased\n      version\n      building {\n        id\n        number\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentRecord($id: ID!) {\n    residentRecord(id: $id) {\n      ...ResidentRecordFields\n    }\n  }\n"): typeof import('./graphql').ResidentRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResident($input: ResidentInput!) {\n    createResident(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResident($id: ID!, $input: ResidentEdit!) {\n    updateResident(id: $id, input: $input) {\n      id\n      name\n      unit\n      room\n      age\n      livesAlone\n      limitedMobility\n      movedAway\n      erased\n      version\n      building {\n        id\n        number\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkResidentMovedAway($id: ID!, $version: Int!) {\n    markResidentMovedAway(id: $id, version: $version) {\n      id\n      movedAway\n      erased\n      version\n    }\n  }\n"): typeof import('./graphql').MarkResidentMovedAwayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseResident($id: ID!, $version: Int!) {\n    eraseResident(id: $id, version: $version) {\n      id\n      name\n      movedAway\n      erased\n      version\n    }\n  }\n"): typeof import('./graphql').EraseResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueResidentCard($id: ID!) {\n    issueResidentCard(id: $id) {\n      ...ResidentRecordFields\n    }\n  }\n"): typeof import('./graphql').IssueResidentCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeResidentCard($id: ID!) {\n    revokeResidentCard(id: $id) {\n      ...ResidentRecordFields\n    }\n  }\n"): typeof import('./graphql').RevokeResidentCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePinSetupCode($residentId: ID!) {\n    issuePinSetupCode(residentId: $residentId) {\n      code\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').IssuePinSetupCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftPinLock($residentId: ID!) {\n    liftPinLock(residentId: $residentId)\n  }\n"): typeof import('./graphql').LiftPinLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers {\n    staffUsers {\n      id\n      username\n      displayName\n      role\n      deactivatedAt\n      mustChangePassword\n      version\n      createdAt\n    }\n  }\n"): typeof import('./graphql').StaffUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      oneTimePassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').CreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      id\n      role\n      version\n    }\n  }\n"): typeof import('./graphql').SetStaffRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaff($input: StaffVersionInput!) {\n    deactivateStaff(input: $input) {\n      id\n      deactivatedAt\n      version\n    }\n  }\n"): typeof import('./graphql').DeactivateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateStaff($input: StaffVersionInput!) {\n    reactivateStaff(input: $input) {\n      id\n      deactivatedAt\n      version\n    }\n  }\n"): typeof import('./graphql').ReactivateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffPassword($input: StaffVersionInput!) {\n    resetStaffPassword(input: $input) {\n      oneTimePassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ResetStaffPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorMe {\n    operatorMe {\n      id\n      username\n      displayName\n    }\n  }\n"): typeof import('./graphql').OperatorMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeCommunities {\n    officeCommunities {\n      id\n      name\n      code\n      address\n      buildingCount\n      unitCount\n      staffCount\n      createdAt\n    }\n  }\n"): typeof import('./graphql').OfficeCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      adminUsername\n      oneTimePassword\n      community {\n        id\n        name\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CreateCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkOrderFields on WorkOrder {\n    id\n    status\n    description\n    owner\n    dueDate\n    overdue\n    offeringName\n    ticketCode\n    residentName\n    outcome\n    createdAt\n    closedAt\n    notes {\n      author\n      createdAt\n      text\n    }\n  }\n"): typeof import('./graphql').WorkOrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrders($status: WorkOrderStatus) {\n    workOrders(status: $status) {\n      ...WorkOrderFields\n    }\n  }\n"): typeof import('./graphql').WorkOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n"): typeof import('./graphql').CreateWorkOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkOrderNote($input: WorkOrderNoteInput!) {\n    addWorkOrderNote(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n"): typeof import('./graphql').AddWorkOrderNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseWorkOrder($input: CloseWorkOrderInput!) {\n    closeWorkOrder(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n"): typeof import('./graphql').CloseWorkOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentsPage(\n    $search: String\n    $buildingId: ID\n    $unit: Int\n    $room: String\n    $ageBand: AgeBand\n    $livesAlone: Boolean\n    $limitedMobility: Boolean\n    $movedAway: Boolean!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    residents(\n      search: $search\n      buildingId: $buildingId\n      unit: $unit\n      room: $room\n      ageBand: $ageBand\n      livesAlone: $livesAlone\n      limitedMobility: $limitedMobility\n      movedAway: $movedAway\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        id\n        name\n        age\n        unit\n        room\n        phoneMasked\n        livesAlone\n        limitedMobility\n        movedAway\n        building {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Household($buildingId: ID!, $unit: Int!, $room: String!) {\n    household(buildingId: $buildingId, unit: $unit, room: $room) {\n      id\n      name\n      age\n      phoneMasked\n      livesAlone\n      limitedMobility\n      building {\n        id\n        number\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').HouseholdDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
