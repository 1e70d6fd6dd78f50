import { IsBoolean, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MULTILINE } from '../../platform/input-guard.js';
import { BookingCancelReason, BookingStatus, CornerService, CornerSession } from './service-corner.entity.js';
import { TicketView } from './service-corner.types.js';

@InputType()
export class BookInput {
  @Field(() => ID)
  @IsUUID()
  serviceId!: string;

  @Field(() => ID)
  @IsUUID()
  sessionId!: string;

  @Field({ defaultValue: '', description: 'What needs doing (free text, or a common problem picked from a list)' })
  @Extensions(MULTILINE)
  @MaxLength(200)
  problem: string = '';

  @Field({ defaultValue: false, description: 'Ask the provider to come home (residents flagged limited mobility)' })
  @IsBoolean()
  homeVisit: boolean = false;

  @Field({ description: 'Chosen by the client per tap; a retry with the same key returns the same booking' })
  @Length(8, 64)
  @Matches(/^[\w-]+$/)
  idempotencyKey!: string;
}

@InputType()
export class BookingActionInput {
  @Field(() => ID)
  @IsUUID()
  bookingId!: string;
}

@InputType({ description: 'A booking as it should be now; sending the same again changes nothing' })
export class ChangeBookingInput {
  @Field(() => ID)
  @IsUUID()
  bookingId!: string;

  @Field(() => ID, { description: 'Its own session to stay, another one (same service, places left) to move' })
  @IsUUID()
  sessionId!: string;

  @Field({ description: 'What needs doing (free text, or common problems picked from a list)' })
  @Extensions(MULTILINE)
  @MaxLength(200)
  problem!: string;

  @Field({ description: 'Ask the provider to come home (residents flagged limited mobility)' })
  @IsBoolean()
  homeVisit!: boolean;
}

@ObjectType('Booking')
export class BookingView {
  @Field(() => ID)
  id!: string;

  @Field(() => BookingStatus)
  status!: BookingStatus;

  @Field(() => BookingCancelReason, {
    nullable: true,
    description: 'Why a cancelled booking was cancelled: CORNER_CLOSED when staff closed the day',
  })
  cancelReason!: BookingCancelReason | null;

  @Field(() => CornerService)
  service!: CornerService;

  @Field(() => CornerSession)
  session!: CornerSession;

  @Field()
  problem!: string;

  @Field()
  homeVisit!: boolean;

  @Field(() => TicketView, { nullable: true, description: 'The ticket it became at check-in' })
  ticket!: TicketView | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A future session and the places left in one service’s line' })
export class BookableSession {
  @Field(() => CornerSession)
  session!: CornerSession;

  @Field(() => Int)
  placesLeft!: number;
}
