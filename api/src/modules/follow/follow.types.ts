import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TicketStatus } from '../queue/index.js';

/**
 * A ticket as a phone that scanned its QR code sees it. Deliberately small: the holder of the
 * link learns the number and its place in line, never who the resident is.
 */
@ObjectType({ description: 'A ticket followed on a phone (by the link in its QR code): no resident data' })
export class FollowedTicket {
  @Field({ description: 'e.g. "A012"' })
  code!: string;

  @Field()
  offeringName!: string;

  @Field(() => TicketStatus)
  status!: TicketStatus;

  @Field(() => Int, { description: 'Tickets ahead of this one still waiting (0 once called)' })
  ahead!: number;

  @Field(() => Int)
  estimatedWaitMinutes!: number;

  @Field(() => String, { nullable: true, description: 'Where to go, once called (e.g. "1号台")' })
  deskName!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Staff moved the ticket to this line: the number it had before (e.g. "A012"), which this link followed',
  })
  transferredFrom!: string | null;

  @Field({ description: 'When the opening (and so the line) ends' })
  openingEndsAt!: Date;

  @Field(() => Int, { description: 'The line’s version when read: events with a newer one mean load again' })
  version!: number;
}

@ObjectType({ description: 'The followed ticket’s line changed: load the ticket again' })
export class FollowedTicketChange {
  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'The ticket a transferred ticket replaced (staff moved the resident from that line)' })
export class TransferredFrom {
  @Field(() => ID)
  ticketId!: string;

  @Field({ description: 'e.g. "A012"' })
  code!: string;
}
