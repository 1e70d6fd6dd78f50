import { IsInt, IsOptional, IsUUID, Length, Matches, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Offering } from '../corner/index.js';
import { TicketStatus } from './queue.entity.js';

@InputType()
export class TakeTicketInput {
  @Field(() => ID)
  @IsUUID()
  offeringId!: string;

  @Field({
    description: 'Chosen by the client per tap (e.g. a UUID); a retry with the same key returns the same ticket',
  })
  @Length(8, 64)
  @Matches(/^[\w-]+$/)
  idempotencyKey!: string;
}

@InputType()
export class CallNextInput {
  @Field(() => ID)
  @IsUUID()
  offeringId!: string;

  @Field(() => ID, {
    description: 'The desk calling (one of desks); the screen sends the resident to its name',
  })
  @IsUUID()
  deskId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Call this waiting number of the line (12 for A012) instead of the lowest; not waiting: TICKET_NOT_WAITING, no such number: TICKET_UNKNOWN',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  number?: number | null;
}

@ObjectType('Ticket')
export class TicketView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What the resident reads and the screen calls, e.g. "A012"' })
  code!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => TicketStatus)
  status!: TicketStatus;

  @Field(() => Offering)
  offering!: Offering;

  @Field(() => Int, { description: 'Tickets ahead of this one still waiting (0 when called)' })
  ahead!: number;

  @Field(() => Int, { description: 'Estimated minutes until called, from the line’s recent service times' })
  estimatedWaitMinutes!: number;

  @Field(() => String, { nullable: true, description: 'The desk it was called to (e.g. "1号台")' })
  deskName!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  calledAt!: Date | null;
}

@ObjectType({ description: "An offering's line in the opening now, as the screens and desks show it" })
export class QueueLineView {
  @Field(() => Offering)
  offering!: Offering;

  @Field(() => ID, { nullable: true })
  openingId!: string | null;

  @Field(() => Int, {
    description: 'Bumped by every change: a client that missed an event and sees a newer version re-fetches',
  })
  version!: number;

  @Field(() => [TicketView], { description: 'Called or being served, most recent first' })
  nowServing!: TicketView[];

  @Field(() => [TicketView], { description: 'The next waiting tickets, in order (at most `next`)' })
  waiting!: TicketView[];

  @Field(() => Int)
  waitingCount!: number;

  @Field(() => Int)
  servedCount!: number;

  @Field(() => Int)
  noShowCount!: number;

  @Field(() => Int, { description: 'Average minutes from taking a ticket to being called, today' })
  averageWaitMinutes!: number;
}

@ObjectType({ description: 'A change to a line; load the line again when its version is newer than yours' })
export class QueueChange {
  @Field(() => ID)
  openingId!: string;

  @Field(() => ID)
  offeringId!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class TicketActionInput {
  @Field(() => ID)
  @IsUUID()
  ticketId!: string;
}

@InputType()
export class TransferTicketInput {
  @Field(() => ID)
  @IsUUID()
  ticketId!: string;

  @Field(() => ID, { description: 'The line it moves to; the resident gets that line’s next number' })
  @IsUUID()
  toOfferingId!: string;
}
