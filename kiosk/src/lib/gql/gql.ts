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
    "\n  fragment CornerTicket on Ticket {\n    id\n    code\n    status\n    deskName\n    ahead\n    estimatedWaitMinutes\n    createdAt\n    calledAt\n    followToken\n    transferredFrom {\n      ticketId\n      code\n    }\n    offering {\n      id\n      letter\n      name\n      provider\n    }\n  }\n": typeof types.CornerTicketFragmentDoc,
    "\n  query CornerOverview {\n    offerings {\n      id\n      letter\n      name\n      provider\n    }\n    cornerStatus {\n      open\n      opening {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.CornerOverviewDocument,
    "\n  query MyTickets {\n    myTickets {\n      ...CornerTicket\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  mutation TakeTicket($offeringId: ID!, $idempotencyKey: String!) {\n    takeTicket(input: { offeringId: $offeringId, idempotencyKey: $idempotencyKey }) {\n      ...CornerTicket\n    }\n  }\n": typeof types.TakeTicketDocument,
    "\n  mutation CancelMyTicket($ticketId: ID!) {\n    cancelMyTicket(input: { ticketId: $ticketId }) {\n      ...CornerTicket\n    }\n  }\n": typeof types.CancelMyTicketDocument,
    "\n  subscription QueueChanged($offeringId: ID) {\n    queueChanged(offeringId: $offeringId) {\n      offeringId\n      version\n    }\n  }\n": typeof types.QueueChangedDocument,
    "\n  fragment CornerBooking on Booking {\n    id\n    status\n    cancelReason\n    problem\n    homeVisit\n    createdAt\n    offering {\n      id\n      letter\n      name\n      provider\n    }\n    opening {\n      id\n      startsAt\n      endsAt\n    }\n    ticket {\n      id\n      code\n      status\n    }\n  }\n": typeof types.CornerBookingFragmentDoc,
    "\n  query MyBookings {\n    myBookings {\n      ...CornerBooking\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  query BookableOpenings($offeringId: ID!) {\n    bookableOpenings(offeringId: $offeringId) {\n      placesLeft\n      opening {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.BookableOpeningsDocument,
    "\n  mutation BookOffering(\n    $offeringId: ID!\n    $openingId: ID!\n    $problem: String!\n    $homeVisit: Boolean!\n    $idempotencyKey: String!\n  ) {\n    bookOffering(\n      input: {\n        offeringId: $offeringId\n        openingId: $openingId\n        problem: $problem\n        homeVisit: $homeVisit\n        idempotencyKey: $idempotencyKey\n      }\n    ) {\n      ...CornerBooking\n    }\n  }\n": typeof types.BookOfferingDocument,
    "\n  mutation CancelBooking($bookingId: ID!) {\n    cancelBooking(input: { bookingId: $bookingId }) {\n      ...CornerBooking\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation DismissBooking($bookingId: ID!) {\n    dismissBooking(input: { bookingId: $bookingId }) {\n      id\n    }\n  }\n": typeof types.DismissBookingDocument,
    "\n  mutation CheckIn($bookingId: ID!) {\n    checkIn(input: { bookingId: $bookingId }) {\n      ...CornerTicket\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation ChangeBooking($bookingId: ID!, $openingId: ID!, $problem: String!, $homeVisit: Boolean!) {\n    changeBooking(input: { bookingId: $bookingId, openingId: $openingId, problem: $problem, homeVisit: $homeVisit }) {\n      ...CornerBooking\n    }\n  }\n": typeof types.ChangeBookingDocument,
    "\n  query PublicUrl {\n    publicUrl\n  }\n": typeof types.PublicUrlDocument,
    "\n  fragment KioskMySuggestion on MySuggestionView {\n    id\n    ref\n    title\n    category\n    status\n    urgency\n    dueDay\n    createdAt\n    latest {\n      kind\n      text\n      at\n    }\n    answer\n    answeredAt\n    changed\n  }\n": typeof types.KioskMySuggestionFragmentDoc,
    "\n  mutation KioskSubmitSuggestion($input: SubmitSuggestionInput!) {\n    submitSuggestion(input: $input) {\n      ...KioskMySuggestion\n    }\n  }\n": typeof types.KioskSubmitSuggestionDocument,
    "\n  query KioskMySuggestions {\n    mySuggestions {\n      ...KioskMySuggestion\n    }\n  }\n": typeof types.KioskMySuggestionsDocument,
    "\n  query KioskSuggestionsChanged {\n    mySuggestions {\n      id\n      changed\n    }\n  }\n": typeof types.KioskSuggestionsChangedDocument,
    "\n  mutation KioskMarkSuggestionsSeen {\n    markSuggestionsSeen\n  }\n": typeof types.KioskMarkSuggestionsSeenDocument,
    "\n  query KioskSuggestionBoard($status: MatterStatus, $first: Int!) {\n    suggestionBoard(status: $status, first: $first) {\n      ref\n      title\n      category\n      status\n      urgency\n      dueDay\n      suggesters\n      latest {\n        kind\n        text\n        at\n      }\n      answer\n      answeredAt\n    }\n  }\n": typeof types.KioskSuggestionBoardDocument,
    "\n  query KioskCurrentMeeting {\n    currentMeeting {\n      id\n      title\n      day\n      place\n      status\n      startedAt\n      now\n    }\n  }\n": typeof types.KioskCurrentMeetingDocument,
    "\n  mutation KioskCheckIn($meetingId: ID!) {\n    checkInToMeeting(meetingId: $meetingId) {\n      meetingId\n      alreadyCheckedIn\n      pointsAwarded\n      quorum {\n        attendees\n        councilSize\n        present\n        needed\n        met\n      }\n    }\n  }\n": typeof types.KioskCheckInDocument,
    "\n  query KioskViewer {\n    viewer {\n      community {\n        name\n      }\n      device {\n        name\n        kind\n      }\n      resident {\n        name\n        limitedMobility\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.KioskViewerDocument,
    "\n  fragment ResidentSignInFields on ResidentSignIn {\n    token\n    resident {\n      name\n      limitedMobility\n      building {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ResidentSignInFieldsFragmentDoc,
    "\n  mutation SignInWithPin($phone: String!, $pin: String!) {\n    signInWithPin(input: { phone: $phone, pin: $pin }) {\n      ...ResidentSignInFields\n    }\n  }\n": typeof types.SignInWithPinDocument,
    "\n  mutation SignInWithCard($code: String!) {\n    signInWithCard(input: { code: $code }) {\n      ...ResidentSignInFields\n    }\n  }\n": typeof types.SignInWithCardDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation PairDevice($code: String!) {\n    pairDevice(code: $code) {\n      token\n      device {\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PairDeviceDocument,
    "\n  fragment KioskNotice on Notice {\n    id\n    title\n    body\n    category\n    publishedAt\n    expiresAt\n    buildings {\n      number\n      name\n    }\n  }\n": typeof types.KioskNoticeFragmentDoc,
    "\n  query MyNotices {\n    myNotices(first: 30) {\n      ...KioskNotice\n    }\n  }\n": typeof types.MyNoticesDocument,
    "\n  query CommunityNotices($first: Int!) {\n    notices(first: $first) {\n      ...KioskNotice\n    }\n  }\n": typeof types.CommunityNoticesDocument,
    "\n  subscription NoticePublished($buildingId: ID) {\n    noticePublished(buildingId: $buildingId) {\n      ...KioskNotice\n    }\n  }\n": typeof types.NoticePublishedDocument,
    "\n  subscription NoticeChanged($buildingId: ID) {\n    noticeChanged(buildingId: $buildingId) {\n      id\n      notice {\n        ...KioskNotice\n      }\n    }\n  }\n": typeof types.NoticeChangedDocument,
    "\n  mutation CheckPinSetupCode($phone: String!, $code: String!) {\n    checkPinSetupCode(input: { phone: $phone, code: $code })\n  }\n": typeof types.CheckPinSetupCodeDocument,
    "\n  mutation SetPinWithCode($phone: String!, $code: String!, $pin: String!) {\n    setPinWithCode(input: { phone: $phone, code: $code, pin: $pin }) {\n      ...ResidentSignInFields\n    }\n  }\n": typeof types.SetPinWithCodeDocument,
    "\n  mutation ChangeMyPin($currentPin: String!, $newPin: String!) {\n    changeMyPin(input: { currentPin: $currentPin, newPin: $newPin })\n  }\n": typeof types.ChangeMyPinDocument,
    "\n  query PinOfficeHours {\n    cornerStatus {\n      open\n      opening {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.PinOfficeHoursDocument,
    "\n  fragment KioskPointsEntry on PointsEntryView {\n    id\n    amount\n    reason\n    title\n    day\n    hours\n    note\n    voucherCode\n    reversed\n    at\n    cursor\n  }\n": typeof types.KioskPointsEntryFragmentDoc,
    "\n  fragment KioskVoucher on Voucher {\n    id\n    code\n    status\n    cost\n    rewardName\n    issuedAt\n    expiresAt\n    closedAt\n  }\n": typeof types.KioskVoucherFragmentDoc,
    "\n  fragment KioskStars on StarsView {\n    quarter\n    stars {\n      rank\n      name\n      building\n      points\n    }\n  }\n": typeof types.KioskStarsFragmentDoc,
    "\n  query KioskPointsPage {\n    rewardCatalogue {\n      balance\n      items {\n        affordable\n        short\n        reward {\n          id\n          kind\n          name\n          description\n          cost\n          stock\n          pictureId\n        }\n      }\n    }\n    myStarPreference {\n      hideName\n    }\n  }\n": typeof types.KioskPointsPageDocument,
    "\n  query KioskPointsHistory($before: String, $first: Int!) {\n    myPoints(before: $before, first: $first) {\n      balance\n      more\n      history {\n        ...KioskPointsEntry\n      }\n    }\n  }\n": typeof types.KioskPointsHistoryDocument,
    "\n  mutation KioskRedeemReward($rewardId: ID!, $idempotencyKey: String!) {\n    redeemReward(input: { rewardId: $rewardId, idempotencyKey: $idempotencyKey }) {\n      ...KioskVoucher\n    }\n  }\n": typeof types.KioskRedeemRewardDocument,
    "\n  query KioskMyVouchers {\n    myVouchers {\n      ...KioskVoucher\n    }\n  }\n": typeof types.KioskMyVouchersDocument,
    "\n  mutation KioskSetStarPreference($hideName: Boolean!) {\n    setStarPreference(hideName: $hideName) {\n      hideName\n    }\n  }\n": typeof types.KioskSetStarPreferenceDocument,
    "\n  query KioskGovernanceStars {\n    governanceStars {\n      ...KioskStars\n    }\n  }\n": typeof types.KioskGovernanceStarsDocument,
    "\n  query MyRepairs {\n    myRepairs {\n      id\n      status\n      description\n      owner\n      dueDate\n      overdue\n      offeringName\n      ticketCode\n      outcome\n      createdAt\n      closedAt\n      notes {\n        text\n        createdAt\n      }\n    }\n  }\n": typeof types.MyRepairsDocument,
    "\n  query FollowedTicket($token: String!) {\n    followedTicket(token: $token) {\n      code\n      offeringName\n      status\n      ahead\n      estimatedWaitMinutes\n      deskName\n      transferredFrom\n      openingEndsAt\n      version\n    }\n  }\n": typeof types.FollowedTicketDocument,
    "\n  subscription FollowedTicketChanged($token: String!) {\n    followedTicketChanged(token: $token) {\n      version\n    }\n  }\n": typeof types.FollowedTicketChangedDocument,
    "\n  fragment MeetingScreenState on MeetingLive {\n    id\n    version\n    status\n    title\n    day\n    place\n    now\n    startedAt\n    closedAt\n    currentItemId\n    items {\n      id\n      position\n      title\n      matterRef\n      status\n      timeBoxMinutes\n      usedMs\n      runningSince\n      outcome\n      decision\n    }\n    quorum {\n      attendees\n      councilSize\n      present\n      needed\n      met\n    }\n    lastVote {\n      id\n      itemId\n      question\n      for\n      against\n      abstain\n      quorumMet\n      carried\n    }\n    decisions {\n      id\n      title\n      outcome\n      decision\n    }\n  }\n": typeof types.MeetingScreenStateFragmentDoc,
    "\n  query MeetingScreenCurrent {\n    currentMeeting {\n      ...MeetingScreenState\n    }\n  }\n": typeof types.MeetingScreenCurrentDocument,
    "\n  query MeetingScreenMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingScreenState\n    }\n  }\n": typeof types.MeetingScreenMeetingDocument,
    "\n  subscription MeetingScreenChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      meetingId\n      version\n    }\n  }\n": typeof types.MeetingScreenChangedDocument,
    "\n  query CornerScreenStatus {\n    cornerStatus {\n      open\n      opening {\n        id\n        startsAt\n        endsAt\n        cancelled\n      }\n    }\n  }\n": typeof types.CornerScreenStatusDocument,
    "\n  fragment CornerScreenTicket on Ticket {\n    id\n    code\n    deskName\n    status\n    calledAt\n  }\n": typeof types.CornerScreenTicketFragmentDoc,
    "\n  fragment CornerScreenLine on QueueLineView {\n    openingId\n    version\n    offering {\n      id\n      letter\n      name\n    }\n    nowServing {\n      ...CornerScreenTicket\n    }\n    waiting {\n      ...CornerScreenTicket\n    }\n    waitingCount\n  }\n": typeof types.CornerScreenLineFragmentDoc,
    "\n  query CornerScreenBoard($next: Int!, $offeringId: ID) {\n    cornerBoard(next: $next, offeringId: $offeringId) {\n      ...CornerScreenLine\n    }\n  }\n": typeof types.CornerScreenBoardDocument,
    "\n  subscription CornerScreenQueueChanged {\n    queueChanged {\n      offeringId\n      openingId\n      version\n    }\n  }\n": typeof types.CornerScreenQueueChangedDocument,
};
const documents: Documents = {
    "\n  fragment CornerTicket on Ticket {\n    id\n    code\n    status\n    deskName\n    ahead\n    estimatedWaitMinutes\n    createdAt\n    calledAt\n    followToken\n    transferredFrom {\n      ticketId\n      code\n    }\n    offering {\n      id\n      letter\n      name\n      provider\n    }\n  }\n": types.CornerTicketFragmentDoc,
    "\n  query CornerOverview {\n    offerings {\n      id\n      letter\n      name\n      provider\n    }\n    cornerStatus {\n      open\n      opening {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.CornerOverviewDocument,
    "\n  query MyTickets {\n    myTickets {\n      ...CornerTicket\n    }\n  }\n": types.MyTicketsDocument,
    "\n  mutation TakeTicket($offeringId: ID!, $idempotencyKey: String!) {\n    takeTicket(input: { offeringId: $offeringId, idempotencyKey: $idempotencyKey }) {\n      ...CornerTicket\n    }\n  }\n": types.TakeTicketDocument,
    "\n  mutation CancelMyTicket($ticketId: ID!) {\n    cancelMyTicket(input: { ticketId: $ticketId }) {\n      ...CornerTicket\n    }\n  }\n": types.CancelMyTicketDocument,
    "\n  subscription QueueChanged($offeringId: ID) {\n    queueChanged(offeringId: $offeringId) {\n      offeringId\n      version\n    }\n  }\n": types.QueueChangedDocument,
    "\n  fragment CornerBooking on Booking {\n    id\n    status\n    cancelReason\n    problem\n    homeVisit\n    createdAt\n    offering {\n      id\n      letter\n      name\n      provider\n    }\n    opening {\n      id\n      startsAt\n      endsAt\n    }\n    ticket {\n      id\n      code\n      status\n    }\n  }\n": types.CornerBookingFragmentDoc,
    "\n  query MyBookings {\n    myBookings {\n      ...CornerBooking\n    }\n  }\n": types.MyBookingsDocument,
    "\n  query BookableOpenings($offeringId: ID!) {\n    bookableOpenings(offeringId: $offeringId) {\n      placesLeft\n      opening {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.BookableOpeningsDocument,
    "\n  mutation BookOffering(\n    $offeringId: ID!\n    $openingId: ID!\n    $problem: String!\n    $homeVisit: Boolean!\n    $idempotencyKey: String!\n  ) {\n    bookOffering(\n      input: {\n        offeringId: $offeringId\n        openingId: $openingId\n        problem: $problem\n        homeVisit: $homeVisit\n        idempotencyKey: $idempotencyKey\n      }\n    ) {\n      ...CornerBooking\n    }\n  }\n": types.BookOfferingDocument,
    "\n  mutation CancelBooking($bookingId: ID!) {\n    cancelBooking(input: { bookingId: $bookingId }) {\n      ...CornerBooking\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation DismissBooking($bookingId: ID!) {\n    dismissBooking(input: { bookingId: $bookingId }) {\n      id\n    }\n  }\n": types.DismissBookingDocument,
    "\n  mutation CheckIn($bookingId: ID!) {\n    checkIn(input: { bookingId: $bookingId }) {\n      ...CornerTicket\n    }\n  }\n": types.CheckInDocument,
    "\n  mutation ChangeBooking($bookingId: ID!, $openingId: ID!, $problem: String!, $homeVisit: Boolean!) {\n    changeBooking(input: { bookingId: $bookingId, openingId: $openingId, problem: $problem, homeVisit: $homeVisit }) {\n      ...CornerBooking\n    }\n  }\n": types.ChangeBookingDocument,
    "\n  query PublicUrl {\n    publicUrl\n  }\n": types.PublicUrlDocument,
    "\n  fragment KioskMySuggestion on MySuggestionView {\n    id\n    ref\n    title\n    category\n    status\n    urgency\n    dueDay\n    createdAt\n    latest {\n      kind\n      text\n      at\n    }\n    answer\n    answeredAt\n    changed\n  }\n": types.KioskMySuggestionFragmentDoc,
    "\n  mutation KioskSubmitSuggestion($input: SubmitSuggestionInput!) {\n    submitSuggestion(input: $input) {\n      ...KioskMySuggestion\n    }\n  }\n": types.KioskSubmitSuggestionDocument,
    "\n  query KioskMySuggestions {\n    mySuggestions {\n      ...KioskMySuggestion\n    }\n  }\n": types.KioskMySuggestionsDocument,
    "\n  query KioskSuggestionsChanged {\n    mySuggestions {\n      id\n      changed\n    }\n  }\n": types.KioskSuggestionsChangedDocument,
    "\n  mutation KioskMarkSuggestionsSeen {\n    markSuggestionsSeen\n  }\n": types.KioskMarkSuggestionsSeenDocument,
    "\n  query KioskSuggestionBoard($status: MatterStatus, $first: Int!) {\n    suggestionBoard(status: $status, first: $first) {\n      ref\n      title\n      category\n      status\n      urgency\n      dueDay\n      suggesters\n      latest {\n        kind\n        text\n        at\n      }\n      answer\n      answeredAt\n    }\n  }\n": types.KioskSuggestionBoardDocument,
    "\n  query KioskCurrentMeeting {\n    currentMeeting {\n      id\n      title\n      day\n      place\n      status\n      startedAt\n      now\n    }\n  }\n": types.KioskCurrentMeetingDocument,
    "\n  mutation KioskCheckIn($meetingId: ID!) {\n    checkInToMeeting(meetingId: $meetingId) {\n      meetingId\n      alreadyCheckedIn\n      pointsAwarded\n      quorum {\n        attendees\n        councilSize\n        present\n        needed\n        met\n      }\n    }\n  }\n": types.KioskCheckInDocument,
    "\n  query KioskViewer {\n    viewer {\n      community {\n        name\n      }\n      device {\n        name\n        kind\n      }\n      resident {\n        name\n        limitedMobility\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.KioskViewerDocument,
    "\n  fragment ResidentSignInFields on ResidentSignIn {\n    token\n    resident {\n      name\n      limitedMobility\n      building {\n        id\n        name\n      }\n    }\n  }\n": types.ResidentSignInFieldsFragmentDoc,
    "\n  mutation SignInWithPin($phone: String!, $pin: String!) {\n    signInWithPin(input: { phone: $phone, pin: $pin }) {\n      ...ResidentSignInFields\n    }\n  }\n": types.SignInWithPinDocument,
    "\n  mutation SignInWithCard($code: String!) {\n    signInWithCard(input: { code: $code }) {\n      ...ResidentSignInFields\n    }\n  }\n": types.SignInWithCardDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation PairDevice($code: String!) {\n    pairDevice(code: $code) {\n      token\n      device {\n        name\n        kind\n      }\n    }\n  }\n": types.PairDeviceDocument,
    "\n  fragment KioskNotice on Notice {\n    id\n    title\n    body\n    category\n    publishedAt\n    expiresAt\n    buildings {\n      number\n      name\n    }\n  }\n": types.KioskNoticeFragmentDoc,
    "\n  query MyNotices {\n    myNotices(first: 30) {\n      ...KioskNotice\n    }\n  }\n": types.MyNoticesDocument,
    "\n  query CommunityNotices($first: Int!) {\n    notices(first: $first) {\n      ...KioskNotice\n    }\n  }\n": types.CommunityNoticesDocument,
    "\n  subscription NoticePublished($buildingId: ID) {\n    noticePublished(buildingId: $buildingId) {\n      ...KioskNotice\n    }\n  }\n": types.NoticePublishedDocument,
    "\n  subscription NoticeChanged($buildingId: ID) {\n    noticeChanged(buildingId: $buildingId) {\n      id\n      notice {\n        ...KioskNotice\n      }\n    }\n  }\n": types.NoticeChangedDocument,
    "\n  mutation CheckPinSetupCode($phone: String!, $code: String!) {\n    checkPinSetupCode(input: { phone: $phone, code: $code })\n  }\n": types.CheckPinSetupCodeDocument,
    "\n  mutation SetPinWithCode($phone: String!, $code: String!, $pin: String!) {\n    setPinWithCode(input: { phone: $phone, code: $code, pin: $pin }) {\n      ...ResidentSignInFields\n    }\n  }\n": types.SetPinWithCodeDocument,
    "\n  mutation ChangeMyPin($currentPin: String!, $newPin: String!) {\n    changeMyPin(input: { currentPin: $currentPin, newPin: $newPin })\n  }\n": types.ChangeMyPinDocument,
    "\n  query PinOfficeHours {\n    cornerStatus {\n      open\n      opening {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.PinOfficeHoursDocument,
    "\n  fragment KioskPointsEntry on PointsEntryView {\n    id\n    amount\n    reason\n    title\n    day\n    hours\n    note\n    voucherCode\n    reversed\n    at\n    cursor\n  }\n": types.KioskPointsEntryFragmentDoc,
    "\n  fragment KioskVoucher on Voucher {\n    id\n    code\n    status\n    cost\n    rewardName\n    issuedAt\n    expiresAt\n    closedAt\n  }\n": types.KioskVoucherFragmentDoc,
    "\n  fragment KioskStars on StarsView {\n    quarter\n    stars {\n      rank\n      name\n      building\n      points\n    }\n  }\n": types.KioskStarsFragmentDoc,
    "\n  query KioskPointsPage {\n    rewardCatalogue {\n      balance\n      items {\n        affordable\n        short\n        reward {\n          id\n          kind\n          name\n          description\n          cost\n          stock\n          pictureId\n        }\n      }\n    }\n    myStarPreference {\n      hideName\n    }\n  }\n": types.KioskPointsPageDocument,
    "\n  query KioskPointsHistory($before: String, $first: Int!) {\n    myPoints(before: $before, first: $first) {\n      balance\n      more\n      history {\n        ...KioskPointsEntry\n      }\n    }\n  }\n": types.KioskPointsHistoryDocument,
    "\n  mutation KioskRedeemReward($rewardId: ID!, $idempotencyKey: String!) {\n    redeemReward(input: { rewardId: $rewardId, idempotencyKey: $idempotencyKey }) {\n      ...KioskVoucher\n    }\n  }\n": types.KioskRedeemRewardDocument,
    "\n  query KioskMyVouchers {\n    myVouchers {\n      ...KioskVoucher\n    }\n  }\n": types.KioskMyVouchersDocument,
    "\n  mutation KioskSetStarPreference($hideName: Boolean!) {\n    setStarPreference(hideName: $hideName) {\n      hideName\n    }\n  }\n": types.KioskSetStarPreferenceDocument,
    "\n  query KioskGovernanceStars {\n    governanceStars {\n      ...KioskStars\n    }\n  }\n": types.KioskGovernanceStarsDocument,
    "\n  query MyRepairs {\n    myRepairs {\n      id\n      status\n      description\n      owner\n      dueDate\n      overdue\n      offeringName\n      ticketCode\n      outcome\n      createdAt\n      closedAt\n      notes {\n        text\n        createdAt\n      }\n    }\n  }\n": types.MyRepairsDocument,
    "\n  query FollowedTicket($token: String!) {\n    followedTicket(token: $token) {\n      code\n      offeringName\n      status\n      ahead\n      estimatedWaitMinutes\n      deskName\n      transferredFrom\n      openingEndsAt\n      version\n    }\n  }\n": types.FollowedTicketDocument,
    "\n  subscription FollowedTicketChanged($token: String!) {\n    followedTicketChanged(token: $token) {\n      version\n    }\n  }\n": types.FollowedTicketChangedDocument,
    "\n  fragment MeetingScreenState on MeetingLive {\n    id\n    version\n    status\n    title\n    day\n    place\n    now\n    startedAt\n    closedAt\n    currentItemId\n    items {\n      id\n      position\n      title\n      matterRef\n      status\n      timeBoxMinutes\n      usedMs\n      runningSince\n      outcome\n      decision\n    }\n    quorum {\n      attendees\n      councilSize\n      present\n      needed\n      met\n    }\n    lastVote {\n      id\n      itemId\n      question\n      for\n      against\n      abstain\n      quorumMet\n      carried\n    }\n    decisions {\n      id\n      title\n      outcome\n      decision\n    }\n  }\n": types.MeetingScreenStateFragmentDoc,
    "\n  query MeetingScreenCurrent {\n    currentMeeting {\n      ...MeetingScreenState\n    }\n  }\n": types.MeetingScreenCurrentDocument,
    "\n  query MeetingScreenMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingScreenState\n    }\n  }\n": types.MeetingScreenMeetingDocument,
    "\n  subscription MeetingScreenChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      meetingId\n      version\n    }\n  }\n": types.MeetingScreenChangedDocument,
    "\n  query CornerScreenStatus {\n    cornerStatus {\n      open\n      opening {\n        id\n        startsAt\n        endsAt\n        cancelled\n      }\n    }\n  }\n": types.CornerScreenStatusDocument,
    "\n  fragment CornerScreenTicket on Ticket {\n    id\n    code\n    deskName\n    status\n    calledAt\n  }\n": types.CornerScreenTicketFragmentDoc,
    "\n  fragment CornerScreenLine on QueueLineView {\n    openingId\n    version\n    offering {\n      id\n      letter\n      name\n    }\n    nowServing {\n      ...CornerScreenTicket\n    }\n    waiting {\n      ...CornerScreenTicket\n    }\n    waitingCount\n  }\n": types.CornerScreenLineFragmentDoc,
    "\n  query CornerScreenBoard($next: Int!, $offeringId: ID) {\n    cornerBoard(next: $next, offeringId: $offeringId) {\n      ...CornerScreenLine\n    }\n  }\n": types.CornerScreenBoardDocument,
    "\n  subscription CornerScreenQueueChanged {\n    queueChanged {\n      offeringId\n      openingId\n      version\n    }\n  }\n": types.CornerScreenQueueChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CornerTicket on Ticket {\n    id\n    code\n    status\n    deskName\n    ahead\n    estimatedWaitMinutes\n    createdAt\n    calledAt\n    followToken\n    transferredFrom {\n      ticketId\n      code\n    }\n    offering {\n      id\n      letter\n      name\n      provider\n    }\n  }\n"): typeof import('./graphql').CornerTicketFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CornerOverview {\n    offerings {\n      id\n      letter\n      name\n      provider\n    }\n    cornerStatus {\n      open\n      opening {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n"): typeof import('./graphql').CornerOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets {\n    myTickets {\n      ...CornerTicket\n    }\n  }\n"): typeof import('./graphql').MyTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeTicket($offeringId: ID!, $idempotencyKey: String!) {\n    takeTicket(input: { offeringId: $offeringId, idempotencyKey: $idempotencyKey }) {\n      ...CornerTicket\n    }\n  }\n"): typeof import('./graphql').TakeTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMyTicket($ticketId: ID!) {\n    cancelMyTicket(input: { ticketId: $ticketId }) {\n      ...CornerTicket\n    }\n  }\n"): typeof import('./graphql').CancelMyTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueChanged($offeringId: ID) {\n    queueChanged(offeringId: $offeringId) {\n      offeringId\n      version\n    }\n  }\n"): typeof import('./graphql').QueueChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CornerBooking on Booking {\n    id\n    status\n    cancelReason\n    problem\n    homeVisit\n    createdAt\n    offering {\n      id\n      letter\n      name\n      provider\n    }\n    opening {\n      id\n      startsAt\n      endsAt\n    }\n    ticket {\n      id\n      code\n      status\n    }\n  }\n"): typeof import('./graphql').CornerBookingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings {\n    myBookings {\n      ...CornerBooking\n    }\n  }\n"): typeof import('./graphql').MyBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookableOpenings($offeringId: ID!) {\n    bookableOpenings(offeringId: $offeringId) {\n      placesLeft\n      opening {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n"): typeof import('./graphql').BookableOpeningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookOffering(\n    $offeringId: ID!\n    $openingId: ID!\n    $problem: String!\n    $homeVisit: Boolean!\n    $idempotencyKey: String!\n  ) {\n    bookOffering(\n      input: {\n        offeringId: $offeringId\n        openingId: $openingId\n        problem: $problem\n        homeVisit: $homeVisit\n        idempotencyKey: $idempotencyKey\n      }\n    ) {\n      ...CornerBooking\n    }\n  }\n"): typeof import('./graphql').BookOfferingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($bookingId: ID!) {\n    cancelBooking(input: { bookingId: $bookingId }) {\n      ...CornerBooking\n    }\n  }\n"): typeof import('./graphql').CancelBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissBooking($bookingId: ID!) {\n    dismissBooking(input: { bookingId: $bookingId }) {\n      id\n    }\n  }\n"): typeof import('./graphql').DismissBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($bookingId: ID!) {\n    checkIn(input: { bookingId: $bookingId }) {\n      ...CornerTicket\n    }\n  }\n"): typeof import('./graphql').CheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeBooking($bookingId: ID!, $openingId: ID!, $problem: String!, $homeVisit: Boolean!) {\n    changeBooking(input: { bookingId: $bookingId, openingId: $openingId, problem: $problem, homeVisit: $homeVisit }) {\n      ...CornerBooking\n    }\n  }\n"): typeof import('./graphql').ChangeBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicUrl {\n    publicUrl\n  }\n"): typeof import('./graphql').PublicUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KioskMySuggestion on MySuggestionView {\n    id\n    ref\n    title\n    category\n    status\n    urgency\n    dueDay\n    createdAt\n    latest {\n      kind\n      text\n      at\n    }\n    answer\n    answeredAt\n    changed\n  }\n"): typeof import('./graphql').KioskMySuggestionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskSubmitSuggestion($input: SubmitSuggestionInput!) {\n    submitSuggestion(input: $input) {\n      ...KioskMySuggestion\n    }\n  }\n"): typeof import('./graphql').KioskSubmitSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskMySuggestions {\n    mySuggestions {\n      ...KioskMySuggestion\n    }\n  }\n"): typeof import('./graphql').KioskMySuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskSuggestionsChanged {\n    mySuggestions {\n      id\n      changed\n    }\n  }\n"): typeof import('./graphql').KioskSuggestionsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskMarkSuggestionsSeen {\n    markSuggestionsSeen\n  }\n"): typeof import('./graphql').KioskMarkSuggestionsSeenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskSuggestionBoard($status: MatterStatus, $first: Int!) {\n    suggestionBoard(status: $status, first: $first) {\n      ref\n      title\n      category\n      status\n      urgency\n      dueDay\n      suggesters\n      latest {\n        kind\n        text\n        at\n      }\n      answer\n      answeredAt\n    }\n  }\n"): typeof import('./graphql').KioskSuggestionBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskCurrentMeeting {\n    currentMeeting {\n      id\n      title\n      day\n      place\n      status\n      startedAt\n      now\n    }\n  }\n"): typeof import('./graphql').KioskCurrentMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskCheckIn($meetingId: ID!) {\n    checkInToMeeting(meetingId: $meetingId) {\n      meetingId\n      alreadyCheckedIn\n      pointsAwarded\n      quorum {\n        attendees\n        councilSize\n        present\n        needed\n        met\n      }\n    }\n  }\n"): typeof import('./graphql').KioskCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskViewer {\n    viewer {\n      community {\n        name\n      }\n      device {\n        name\n        kind\n      }\n      resident {\n        name\n        limitedMobility\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KioskViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentSignInFields on ResidentSignIn {\n    token\n    resident {\n      name\n      limitedMobility\n      building {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentSignInFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithPin($phone: String!, $pin: String!) {\n    signInWithPin(input: { phone: $phone, pin: $pin }) {\n      ...ResidentSignInFields\n    }\n  }\n"): typeof import('./graphql').SignInWithPinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCard($code: String!) {\n    signInWithCard(input: { code: $code }) {\n      ...ResidentSignInFields\n    }\n  }\n"): typeof import('./graphql').SignInWithCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PairDevice($code: String!) {\n    pairDevice(code: $code) {\n      token\n      device {\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').PairDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KioskNotice on Notice {\n    id\n    title\n    body\n    category\n    publishedAt\n    expiresAt\n    buildings {\n      number\n      name\n    }\n  }\n"): typeof import('./graphql').KioskNoticeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotices {\n    myNotices(first: 30) {\n      ...KioskNotice\n    }\n  }\n"): typeof import('./graphql').MyNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityNotices($first: Int!) {\n    notices(first: $first) {\n      ...KioskNotice\n    }\n  }\n"): typeof import('./graphql').CommunityNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NoticePublished($buildingId: ID) {\n    noticePublished(buildingId: $buildingId) {\n      ...KioskNotice\n    }\n  }\n"): typeof import('./graphql').NoticePublishedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NoticeChanged($buildingId: ID) {\n    noticeChanged(buildingId: $buildingId) {\n      id\n      notice {\n        ...KioskNotice\n      }\n    }\n  }\n"): typeof import('./graphql').NoticeChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckPinSetupCode($phone: String!, $code: String!) {\n    checkPinSetupCode(input: { phone: $phone, code: $code })\n  }\n"): typeof import('./graphql').CheckPinSetupCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPinWithCode($phone: String!, $code: String!, $pin: String!) {\n    setPinWithCode(input: { phone: $phone, code: $code, pin: $pin }) {\n      ...ResidentSignInFields\n    }\n  }\n"): typeof import('./graphql').SetPinWithCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPin($currentPin: String!, $newPin: String!) {\n    changeMyPin(input: { currentPin: $currentPin, newPin: $newPin })\n  }\n"): typeof import('./graphql').ChangeMyPinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PinOfficeHours {\n    cornerStatus {\n      open\n      opening {\n        startsAt\n        endsAt\n      }\n    }\n  }\n"): typeof import('./graphql').PinOfficeHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KioskPointsEntry on PointsEntryView {\n    id\n    amount\n    reason\n    title\n    day\n    hours\n    note\n    voucherCode\n    reversed\n    at\n    cursor\n  }\n"): typeof import('./graphql').KioskPointsEntryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KioskVoucher on Voucher {\n    id\n    code\n    status\n    cost\n    rewardName\n    issuedAt\n    expiresAt\n    closedAt\n  }\n"): typeof import('./graphql').KioskVoucherFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KioskStars on StarsView {\n    quarter\n    stars {\n      rank\n      name\n      building\n      points\n    }\n  }\n"): typeof import('./graphql').KioskStarsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskPointsPage {\n    rewardCatalogue {\n      balance\n      items {\n        affordable\n        short\n        reward {\n          id\n          kind\n          name\n          description\n          cost\n          stock\n          pictureId\n        }\n      }\n    }\n    myStarPreference {\n      hideName\n    }\n  }\n"): typeof import('./graphql').KioskPointsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskPointsHistory($before: String, $first: Int!) {\n    myPoints(before: $before, first: $first) {\n      balance\n      more\n      history {\n        ...KioskPointsEntry\n      }\n    }\n  }\n"): typeof import('./graphql').KioskPointsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskRedeemReward($rewardId: ID!, $idempotencyKey: String!) {\n    redeemReward(input: { rewardId: $rewardId, idempotencyKey: $idempotencyKey }) {\n      ...KioskVoucher\n    }\n  }\n"): typeof import('./graphql').KioskRedeemRewardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskMyVouchers {\n    myVouchers {\n      ...KioskVoucher\n    }\n  }\n"): typeof import('./graphql').KioskMyVouchersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskSetStarPreference($hideName: Boolean!) {\n    setStarPreference(hideName: $hideName) {\n      hideName\n    }\n  }\n"): typeof import('./graphql').KioskSetStarPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskGovernanceStars {\n    governanceStars {\n      ...KioskStars\n    }\n  }\n"): typeof import('./graphql').KioskGovernanceStarsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRepairs {\n    myRepairs {\n      id\n      status\n      description\n      owner\n      dueDate\n      overdue\n      offeringName\n      ticketCode\n      outcome\n      createdAt\n      closedAt\n      notes {\n        text\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').MyRepairsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowedTicket($token: String!) {\n    followedTicket(token: $token) {\n      code\n      offeringName\n      status\n      ahead\n      estimatedWaitMinutes\n      deskName\n      transferredFrom\n      openingEndsAt\n      version\n    }\n  }\n"): typeof import('./graphql').FollowedTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FollowedTicketChanged($token: String!) {\n    followedTicketChanged(token: $token) {\n      version\n    }\n  }\n"): typeof import('./graphql').FollowedTicketChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingScreenState on MeetingLive {\n    id\n    version\n    status\n    title\n    day\n    place\n    now\n    startedAt\n    closedAt\n    currentItemId\n    items {\n      id\n      position\n      title\n      matterRef\n      status\n      timeBoxMinutes\n      usedMs\n      runningSince\n      outcome\n      decision\n    }\n    quorum {\n      attendees\n      councilSize\n      present\n      needed\n      met\n    }\n    lastVote {\n      id\n      itemId\n      question\n      for\n      against\n      abstain\n      quorumMet\n      carried\n    }\n    decisions {\n      id\n      title\n      outcome\n      decision\n    }\n  }\n"): typeof import('./graphql').MeetingScreenStateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingScreenCurrent {\n    currentMeeting {\n      ...MeetingScreenState\n    }\n  }\n"): typeof import('./graphql').MeetingScreenCurrentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingScreenMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingScreenState\n    }\n  }\n"): typeof import('./graphql').MeetingScreenMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingScreenChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      meetingId\n      version\n    }\n  }\n"): typeof import('./graphql').MeetingScreenChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CornerScreenStatus {\n    cornerStatus {\n      open\n      opening {\n        id\n        startsAt\n        endsAt\n        cancelled\n      }\n    }\n  }\n"): typeof import('./graphql').CornerScreenStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CornerScreenTicket on Ticket {\n    id\n    code\n    deskName\n    status\n    calledAt\n  }\n"): typeof import('./graphql').CornerScreenTicketFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CornerScreenLine on QueueLineView {\n    openingId\n    version\n    offering {\n      id\n      letter\n      name\n    }\n    nowServing {\n      ...CornerScreenTicket\n    }\n    waiting {\n      ...CornerScreenTicket\n    }\n    waitingCount\n  }\n"): typeof import('./graphql').CornerScreenLineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CornerScreenBoard($next: Int!, $offeringId: ID) {\n    cornerBoard(next: $next, offeringId: $offeringId) {\n      ...CornerScreenLine\n    }\n  }\n"): typeof import('./graphql').CornerScreenBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CornerScreenQueueChanged {\n    queueChanged {\n      offeringId\n      openingId\n      version\n    }\n  }\n"): typeof import('./graphql').CornerScreenQueueChangedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
