import { IsBoolean, IsInt, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MULTILINE } from '../../platform/input-guard.js';
import { Offering, Opening } from '../corner/index.js';
import { TicketView } from '../queue/index.js';
import { BookingCancelReason, BookingStatus } from './booking.entity.js';

@InputType()
export class BookInput {
  @Field(() => ID)
  @IsUUID()
  offeringId!: string;

  @Field(() => ID)
  @IsUUID()
  openingId!: string;

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

  @Field(() => ID, { description: 'Its own opening to stay, another one (same offering, places left) to move' })
  @IsUUID()
  openingId!: string;

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

  @Field(() => Offering)
  offering!: Offering;

  @Field(() => Opening)
  opening!: Opening;

  @Field()
  problem!: string;

  @Field()
  homeVisit!: boolean;

  @Field(() => TicketView, { nullable: true, description: 'The ticket it became at check-in' })
  ticket!: TicketView | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A future opening and the places left in one offering’s line' })
export class BookableOpening {
  @Field(() => Opening)
  opening!: Opening;

  @Field(() => Int)
  placesLeft!: number;
}

@InputType()
export class LineCapacityInput {
  @Field(() => ID)
  @IsUUID()
  openingId!: string;

  @Field(() => ID)
  @IsUUID()
  offeringId!: string;

  @Field(() => Int, { nullable: true, description: "Places for this opening; null: the offering's default" })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(999)
  capacity!: number | null;
}

@ObjectType({ description: "An offering's places in one opening" })
export class OpeningLine {
  @Field(() => Offering)
  offering!: Offering;

  @Field(() => Int)
  booked!: number;

  @Field(() => Int, { description: 'Places in effect: the override, else the offering’s capacity' })
  capacity!: number;

  @Field(() => Int, { nullable: true, description: 'This opening’s own capacity, if set' })
  capacityOverride!: number | null;
}
