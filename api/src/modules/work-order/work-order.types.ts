import { IsDateString, IsUUID, Length } from 'class-validator';
import { Extensions, Field, ID, InputType, ObjectType } from 'type-graphql';
import { MULTILINE, NotBlank } from '../../platform/input-guard.js';
import { WorkOrderStatus } from './work-order.entity.js';

@InputType()
export class CreateWorkOrderInput {
  @Field(() => ID, { description: 'The ticket whose repair could not be finished on the spot' })
  @IsUUID()
  ticketId!: string;

  @Field()
  @Extensions(MULTILINE)
  @NotBlank()
  @Length(2, 500)
  description!: string;

  @Field({ description: 'Who is responsible, e.g. the provider' })
  @NotBlank()
  @Length(1, 60)
  owner!: string;

  @Field({ description: 'YYYY-MM-DD (Asia/Shanghai)' })
  @IsDateString({ strict: true })
  dueDate!: string;
}

@InputType()
export class WorkOrderNoteInput {
  @Field(() => ID)
  @IsUUID()
  workOrderId!: string;

  @Field()
  @Extensions(MULTILINE)
  @NotBlank()
  @Length(1, 500)
  text!: string;
}

@InputType()
export class CloseWorkOrderInput {
  @Field(() => ID)
  @IsUUID()
  workOrderId!: string;

  @Field({ description: 'What was done' })
  @Extensions(MULTILINE)
  @NotBlank()
  @Length(1, 500)
  outcome!: string;
}

@ObjectType('WorkOrderNote')
export class WorkOrderNoteView {
  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  author!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('WorkOrder')
export class WorkOrderView {
  @Field(() => ID)
  id!: string;

  @Field(() => WorkOrderStatus)
  status!: WorkOrderStatus;

  @Field()
  description!: string;

  @Field()
  owner!: string;

  @Field()
  dueDate!: string;

  @Field({ description: 'Open and past its due date' })
  overdue!: boolean;

  @Field(() => String, { nullable: true, description: 'The offering, if it came from the service corner' })
  offeringName!: string | null;

  @Field(() => String, { nullable: true, description: 'Ticket code it came from, e.g. A012' })
  ticketCode!: string | null;

  @Field({ description: 'Staff only see this with the resident' })
  residentName!: string;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => [WorkOrderNoteView])
  notes!: WorkOrderNoteView[];

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}
