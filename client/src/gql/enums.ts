export type AgeBand =
  /** 80 and over */
  | 'EIGHTY_PLUS'
  /** 60 and over */
  | 'SIXTY_PLUS';

export type AgendaItemStatus =
  | 'CURRENT'
  | 'DONE'
  | 'PENDING';

/** A staff action on a resident's personal data or on a staff account, as the audit log records it */
export type AuditAction =
  | 'CARD_ISSUED'
  | 'CARD_REVOKED'
  | 'PIN_LOCK_LIFTED'
  | 'PIN_SETUP_CODE_ISSUED'
  | 'RESIDENTS_EXPORTED'
  | 'RESIDENT_CREATED'
  | 'RESIDENT_EDITED'
  | 'RESIDENT_ERASED'
  | 'RESIDENT_MOVED_AWAY'
  | 'RESIDENT_VIEWED'
  | 'ROSTER_IMPORTED'
  | 'STAFF_CREATED'
  | 'STAFF_DEACTIVATED'
  | 'STAFF_PASSWORD_RESET'
  | 'STAFF_REACTIVATED'
  | 'STAFF_ROLE_CHANGED';

export type BookingCancelReason =
  | 'CORNER_CLOSED'
  | 'RESIDENT';

export type BookingStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'CHECKED_IN';

/** Signed in at a kiosk, a card read by staff, or checked in by hand */
export type CheckInVia =
  | 'CARD'
  | 'KIOSK'
  | 'STAFF';

/** A council member's role */
export type CouncilRole =
  | 'CHAIR'
  | 'MEMBER';

/** Calendar days or working days */
export type DayCounting =
  | 'CALENDAR'
  | 'WORKING';

export type DeviceKind =
  | 'KIOSK'
  | 'SCREEN';

/** What earns participation points */
export type EarningReason =
  | 'MEETING_ATTENDED'
  | 'SUGGESTION_ADOPTED'
  | 'VOLUNTEER_HOUR';

/** The `extensions.code` of every error. Clients translate on it (and `reason`), never on `message`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'INTERNAL_SERVER_ERROR'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'UNAUTHENTICATED';

/** The `extensions.reason` of an error: which rule refused the request, for the UI to choose its sentence. */
export type ErrorReason =
  /** The new order must list every item of the agenda exactly once */
  | 'AGENDA_MISMATCH'
  /** The resident has already booked this offering for this opening */
  | 'ALREADY_BOOKED'
  /** Invited already */
  | 'ALREADY_INVITED'
  /** The resident already has an open ticket in this line */
  | 'ALREADY_IN_LINE'
  /** This matter is on the agenda already */
  | 'ALREADY_ON_AGENDA'
  /** This resident sits on the council already */
  | 'ALREADY_ON_COUNCIL'
  /** This entry has been reversed already (or is itself a reversal) */
  | 'ALREADY_REVERSED'
  /** The opening has more bookings than were confirmed (count) */
  | 'BOOKINGS_CHANGED'
  /** The booking is not in a state that allows this */
  | 'BOOKING_STATE'
  /** Only two different matters that are not closed or merged can be merged */
  | 'CANNOT_MERGE'
  /** More places are booked already than the new capacity (count) */
  | 'CAPACITY_BELOW_BOOKED'
  /** The card is not known in this community */
  | 'CARD_UNKNOWN'
  /** Another community has this code already */
  | 'COMMUNITY_CODE_TAKEN'
  /** The service corner is not open now (opensAt: when it next opens) */
  | 'CORNER_CLOSED'
  /** The council has a chair already: end that seat first */
  | 'COUNCIL_HAS_CHAIR'
  /** The current password given is not the one in use */
  | 'CURRENT_PASSWORD_WRONG'
  /** A deadline cannot be moved to a day already past */
  | 'DEADLINE_IN_PAST'
  /** The desk still has a ticket called or being served (ticketCode) */
  | 'DESK_BUSY'
  /** Another desk has this name */
  | 'DESK_NAME_TAKEN'
  /** Residents sign in at a registered kiosk */
  | 'DEVICE_REQUIRED'
  /** The device token is unknown or was revoked */
  | 'DEVICE_REVOKED'
  /** The kiosk's budget of failed sign-ins is spent (retryAfterSeconds) */
  | 'DEVICE_SIGN_IN_LIMIT'
  /** A voucher's points move with the voucher: cancel the voucher instead */
  | 'ENTRY_OF_VOUCHER'
  /** The followed ticket is from an earlier day */
  | 'FOLLOW_LINK_EXPIRED'
  /** The follow link does not lead to a ticket */
  | 'FOLLOW_LINK_INVALID'
  /** No places are left to book in this opening */
  | 'FULLY_BOOKED'
  /** Home visits are for residents with limited mobility */
  | 'HOME_VISIT_NOT_ELIGIBLE'
  /** This idempotency key was used before for a different request: use a new key */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** This agenda item has been discussed already, or is under discussion */
  | 'ITEM_DONE'
  /** The community's last active admin cannot be demoted or deactivated */
  | 'LAST_ADMIN'
  /** The letter is already another offering's line */
  | 'LETTER_TAKEN'
  /** Someone else changed this matter since it was read: load it again */
  | 'MATTER_CHANGED'
  /** The matter is not at a step where this can be done (status: where it is) */
  | 'MATTER_STATE'
  /** The meeting changed since it was read (version: the current one): load it again */
  | 'MEETING_CHANGED'
  /** This month's council meeting exists already */
  | 'MEETING_ROUND_TAKEN'
  /** The meeting is not in a state that allows this (planned, live or closed) */
  | 'MEETING_STATE'
  /** Check-in is possible only while the booked opening is open */
  | 'NOT_CHECK_IN_TIME'
  /** Check-in is open on the meeting day (before it starts) and while it runs */
  | 'NOT_CHECK_IN_WINDOW'
  /** The balance does not cover this (balance: what there is; needed: what it takes) */
  | 'NOT_ENOUGH_POINTS'
  /** No agenda item is under discussion now */
  | 'NO_CURRENT_ITEM'
  /** No earning rule is in force for that day */
  | 'NO_RULE'
  /** Residents are in this line or have booked it (count) */
  | 'OFFERING_IN_USE'
  /** A request may hold one sign-in mutation only */
  | 'ONE_SIGN_IN_PER_REQUEST'
  /** Another opening is at that time */
  | 'OPENING_EXISTS'
  /** The opening is over */
  | 'OPENING_OVER'
  /** The opening has started: take a ticket instead of booking */
  | 'OPENING_STARTED'
  /** Nobody changes their own role, deactivates themself or resets their own password here */
  | 'OWN_ACCOUNT'
  /** The pairing code is wrong or expired */
  | 'PAIRING_CODE_INVALID'
  /** Someone else changed this party since it was read: load it again */
  | 'PARTY_CHANGED'
  /** The account signed in with a one-time password: only changeMyPassword, viewer and signOut until it chooses its own */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** The new password is common or easy to guess (it may contain the username or names) */
  | 'PASSWORD_TOO_COMMON'
  /** The new password is shorter than the minimum length (10 characters) */
  | 'PASSWORD_TOO_SHORT'
  /** The new password is the one in use now */
  | 'PASSWORD_UNCHANGED'
  /** Wrong username or password */
  | 'PASSWORD_WRONG'
  /** Another resident of this community has this phone number */
  | 'PHONE_TAKEN'
  /** No resident of this community has this phone number */
  | 'PHONE_UNKNOWN'
  /** A picture must be a JPEG, PNG or WebP file of at most 2 MB */
  | 'PICTURE_FORMAT'
  /** Too many wrong PINs: this resident is locked for a while (retryAfterSeconds) */
  | 'PIN_LOCKED'
  /** The resident has no PIN yet */
  | 'PIN_NOT_SET'
  /** The new PIN is too easy to guess (why: REPEATED, SEQUENCE, BIRTH_DATE or PHONE) */
  | 'PIN_TOO_SIMPLE'
  /** The PIN does not match (triesLeft says how many tries remain) */
  | 'PIN_WRONG'
  /** Stars are named once the quarter is over */
  | 'QUARTER_NOT_OVER'
  /** Someone else changed this resident since it was opened: reload and edit again */
  | 'RESIDENT_CHANGED'
  /** The resident has moved away or was erased: their record no longer changes */
  | 'RESIDENT_GONE'
  /** Someone else changed this reward since it was read: load it again */
  | 'REWARD_CHANGED'
  /** This reward cannot be redeemed now (withdrawn, or outside its dates) */
  | 'REWARD_NOT_AVAILABLE'
  /** Residents changed while the import was written (someone edited one): run the dry run again */
  | 'ROSTER_CHANGED'
  /** Importing and exporting residents (personal data in bulk) is for admins and secretaries */
  | 'ROSTER_ROLE'
  /** A rule already in force cannot be changed: add one from a later day */
  | 'RULE_IN_FORCE'
  /** The sign-in session is over (signed out, expired or idle too long): sign in again */
  | 'SESSION_EXPIRED'
  /** The set-up code is older than 24 hours: staff can give a new one */
  | 'SETUP_CODE_EXPIRED'
  /** The set-up code is not right, or none is outstanding (triesLeft) */
  | 'SETUP_CODE_WRONG'
  /** These hours (same resident, day and activity) are recorded already */
  | 'SHIFT_RECORDED'
  /** Too many sign-ins are being checked right now: try again in a few seconds */
  | 'SIGN_IN_BUSY'
  /** None of this reward is left */
  | 'SOLD_OUT'
  /** The account was changed by someone else since it was read: reload and try again */
  | 'STAFF_CHANGED_MEANWHILE'
  /** The ranking changed since it was shown: look at it again */
  | 'STARS_CHANGED'
  /** This quarter's stars are confirmed already */
  | 'STARS_CONFIRMED'
  /** Stock cannot go below zero */
  | 'STOCK_BELOW_ZERO'
  /** The ticket asked for is not waiting (ticketCode, ticketStatus) */
  | 'TICKET_NOT_WAITING'
  /** The ticket is not in a state that allows this (finished, or already there) */
  | 'TICKET_STATE'
  /** No ticket with this number was issued in this line (ticketCode) */
  | 'TICKET_UNKNOWN'
  /** The item's timer is paused already */
  | 'TIMER_NOT_RUNNING'
  /** The item's timer is running already */
  | 'TIMER_RUNNING'
  /** The community has a staff account with this username already */
  | 'USERNAME_TAKEN'
  /** The voucher is past its expiry (its points come back automatically) */
  | 'VOUCHER_EXPIRED'
  /** The voucher has been fulfilled, cancelled or has expired already (voucherStatus) */
  | 'VOUCHER_STATE'
  /** No voucher has this code */
  | 'VOUCHER_UNKNOWN'
  /** The work order is closed already */
  | 'WORK_ORDER_CLOSED'
  /** The ticket already has a work order */
  | 'WORK_ORDER_EXISTS';

/** What the meeting decided on an item */
export type ItemOutcome =
  | 'ADOPTED'
  | 'DEFERRED'
  | 'NOT_ADOPTED';

/** 养老 / 育儿 / 便民 / 其他 */
export type MatterCategory =
  | 'CHILDCARE'
  | 'CONVENIENCE'
  | 'ELDERLY'
  | 'OTHER';

/** Where a matter is on its way */
export type MatterStatus =
  | 'ADOPTED'
  | 'CLOSED'
  | 'DONE'
  | 'MERGED'
  | 'NEW'
  | 'OPEN';

/** How soon a matter must be answered */
export type MatterUrgency =
  | 'KEY'
  | 'LONG_TERM'
  | 'URGENT';

/** The monthly council meeting, the parents' committee, a quarterly meeting, another */
export type MeetingKind =
  | 'COUNCIL'
  | 'OTHER'
  | 'PARENTS'
  | 'QUARTERLY';

export type MeetingStatus =
  | 'CLOSED'
  | 'LIVE'
  | 'PLANNED';

/** Property notice 物业通知, service phone numbers 服务电话, activity announcement 活动预告 */
export type NoticeCategory =
  | 'ACTIVITY'
  | 'PROPERTY'
  | 'SERVICE_PHONE';

/** An outside party: property company, police, a department */
export type PartyKind =
  | 'DEPARTMENT'
  | 'OTHER'
  | 'POLICE'
  | 'PROPERTY';

/** Why participation points moved */
export type PointsReasonCode =
  | 'CORRECTION'
  | 'MANUAL_AWARD'
  | 'MANUAL_DEDUCTION'
  | 'MEETING_ATTENDED'
  | 'REWARD_REDEEMED'
  | 'SUGGESTION_ADOPTED'
  | 'VOLUNTEER_HOUR'
  | 'VOUCHER_CANCELLED'
  | 'VOUCHER_EXPIRED';

/** A service package or goods */
export type RewardKind =
  | 'GOODS'
  | 'SERVICE';

/** What a staff user may do in the console */
export type StaffRole =
  | 'ADMIN'
  | 'SECRETARY'
  | 'STAFF';

/** How a suggestion reached the council */
export type SuggestionSource =
  | 'BUILDING_LEADER'
  | 'GRID_WORKER'
  | 'KIOSK'
  | 'PAPER'
  | 'STAFF';

export type TicketStatus =
  | 'CALLED'
  | 'CANCELLED'
  | 'DONE'
  | 'EXPIRED'
  | 'NO_SHOW'
  | 'SERVING'
  | 'WAITING';

export type VoucherStatus =
  | 'CANCELLED'
  | 'EXPIRED'
  | 'FULFILLED'
  | 'ISSUED';

export type WorkOrderStatus =
  | 'CLOSED'
  | 'OPEN';
