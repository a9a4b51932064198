import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { MoneyModel } from '../../order-tree/order-tree.model';

@ObjectType('QuoteLine', { description: 'A workshop’s answer to one RFQ line.' })
export class QuoteLineModel {
  @Field(() => Int) lineNo!: number;
  @Field(() => MoneyModel) unitPrice!: MoneyModel;
  @Field(() => Int) leadTimeDays!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('QuoteRevision', { description: 'One revision of a quote; the submission is revision 1, a revision restates the whole quote.' })
export class QuoteRevisionModel {
  @Field(() => Int) revision!: number;
  @Field(() => GraphQLISODateTime) sentAt!: Date;
  @Field(() => [QuoteLineModel]) lines!: QuoteLineModel[];
}

@ObjectType('Quote', { description: 'A workshop’s quote with every revision: seen by that workshop and the issuer only.' })
export class QuoteModel {
  @Field() quoteId!: string;
  @Field() workshopId!: string;
  @Field(() => Int, { description: 'The revision that counts: the last one sent' }) latestRevision!: number;
  @Field(() => GraphQLISODateTime) submittedAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When the revision that counts was sent' }) revisedAt!: Date;
  @Field(() => [QuoteLineModel], { description: 'The lines of the revision that counts' }) lines!: QuoteLineModel[];
  @Field(() => [QuoteRevisionModel], { description: 'Oldest first' }) revisions!: QuoteRevisionModel[];
}

@ObjectType('RfqOffer', { description: 'What one quote offers for one line, as it stands (its latest revision).' })
export class RfqOfferModel {
  @Field() quoteId!: string;
  @Field() workshopId!: string;
  @Field(() => Int) quoteRevision!: number;
  @Field(() => MoneyModel) unitPrice!: MoneyModel;
  @Field(() => Int) leadTimeDays!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('RfqLine')
export class RfqLineModel {
  @Field(() => Int) lineNo!: number;
  @Field() partNumber!: string;
  @Field(() => String, { nullable: true }) bomNodeId!: string | null;
  @Field() description!: string;
  @Field(() => Int) quantity!: number;
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field(() => [String], { description: 'References to drawings in the lead’s document store' }) drawingRefs!: string[];
  @Field(() => [RfqOfferModel], { description: 'The quotes you may see, side by side for this line: all of them for the issuer, your own for a workshop' })
  offers!: RfqOfferModel[];
}

@ObjectType('RfqAward', { description: 'One workshop’s share of one line, at the price of its quote.' })
export class RfqAwardModel {
  @Field(() => Int) lineNo!: number;
  @Field() partNumber!: string;
  @Field(() => String, { nullable: true }) bomNodeId!: string | null;
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field() workshopId!: string;
  @Field(() => Int) quantity!: number;
  @Field() quoteId!: string;
  @Field(() => Int) quoteRevision!: number;
  @Field(() => MoneyModel) unitPrice!: MoneyModel;
  @Field(() => Int) leadTimeDays!: number;
}

@ObjectType('RfqDecline')
export class RfqDeclineModel {
  @Field() workshopId!: string;
  @Field() reason!: string;
  @Field(() => GraphQLISODateTime) declinedAt!: Date;
}

@ObjectType('RfqCancellation')
export class RfqCancellationModel {
  @Field() reason!: string;
  @Field(() => GraphQLISODateTime) cancelledAt!: Date;
}

@ObjectType('RfqMatchCriteria', { description: 'What the directory was asked for when the workshops were matched rather than named.' })
export class RfqMatchCriteriaModel {
  @Field() process!: string;
  @Field() material!: string;
  @Field(() => String, { nullable: true }) certification!: string | null;
}

@ObjectType('Rfq', {
  description: 'A request for quotation as you may see it: the issuer sees every quote and award; an invited workshop the lines and only its own quote and awards.',
})
export class RfqModel {
  @Field() rfqId!: string;
  @Field() issuedBy!: string;
  @Field({ description: 'open, overdue (answers missing past the deadline; to a workshop, only its own), awarded or cancelled' }) status!: string;
  @Field(() => [RfqLineModel]) lines!: RfqLineModel[];
  @Field(() => GraphQLISODateTime) answerDeadline!: Date;
  @Field(() => GraphQLISODateTime) issuedAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => [QuoteModel], { description: 'Every quote for the issuer; your own (or none) for a workshop' }) quotes!: QuoteModel[];
  @Field(() => [RfqDeclineModel], { description: 'Every decline for the issuer; your own for a workshop' }) declines!: RfqDeclineModel[];
  @Field(() => [RfqAwardModel], { description: 'Every share of the award for the issuer; your own for a workshop' }) awards!: RfqAwardModel[];
  @Field(() => GraphQLISODateTime, { nullable: true }) awardedAt!: Date | null;
  @Field(() => RfqCancellationModel, { nullable: true }) cancellation!: RfqCancellationModel | null;
  @Field(() => String, { nullable: true, description: 'Only for the issuer' }) customerOrderId!: string | null;
  @Field(() => [String], { nullable: true, description: 'Only for the issuer' }) invited!: string[] | null;
  @Field(() => String, { nullable: true, description: 'invited or matched; only for the issuer' }) selection!: string | null;
  @Field(() => RfqMatchCriteriaModel, { nullable: true, description: 'Only for the issuer' }) matchCriteria!: RfqMatchCriteriaModel | null;
  @Field(() => [Int], { nullable: true, description: 'Lines the issuer chose not to award; only for the issuer' }) unawardedLines!: number[] | null;
  @Field(() => [String], { nullable: true, description: 'Invited workshops that stayed silent past the deadline; only for the issuer' })
  overdueWorkshops!: string[] | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When answers were found missing past the deadline' }) overdueAt!: Date | null;
}
