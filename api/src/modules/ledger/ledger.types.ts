import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An account whose balance is not the sum of its entries' })
export class LedgerMismatch {
  @Field({ description: 'POINTS (the time bank: HOURS)' })
  kind!: string;

  @Field(() => ID)
  residentId!: string;

  @Field(() => Int)
  balance!: number;

  @Field(() => Int, { description: 'The sum of its entries' })
  sum!: number;

  @Field(() => Int, { nullable: true, description: 'The balance its last entry left' })
  last!: number | null;
}

@ObjectType({ description: "The community's ledger recomputed from its entries" })
export class LedgerCheckView {
  @Field(() => Int)
  accounts!: number;

  @Field(() => Int)
  entries!: number;

  @Field(() => [LedgerMismatch])
  mismatches!: LedgerMismatch[];

  @Field(() => [String], {
    description: "What the posting modules found wrong in their own records (vouchers' debits)",
  })
  problems!: string[];

  @Field({ description: 'True when nothing is wrong' })
  ok!: boolean;

  @Field()
  checkedAt!: Date;
}
