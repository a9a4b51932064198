import { Field, InputType, Int } from '@nestjs/graphql';
import { MoneyInput } from '../money.input';

@InputType('QuoteLineInput')
export class QuoteLineInput {
  @Field(() => Int, { description: 'A line number of the RFQ' }) lineNo!: number;
  @Field(() => MoneyInput, { description: 'The same currency on every line' }) unitPrice!: MoneyInput;
  @Field(() => Int) leadTimeDays!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('QuoteInput', { description: 'The body of POST /v1/rfqs/{rfqId}/quotes/{quoteId} and of …/revisions (a revision restates the whole quote).' })
export class QuoteInput {
  @Field(() => [QuoteLineInput]) lines!: QuoteLineInput[];
}
