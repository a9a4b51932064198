import { Field, InputType, Int } from '@nestjs/graphql';

@InputType('RfqPartInput')
export class RfqPartInput {
  @Field({ description: 'Up to 64 characters' }) partNumber!: string;
  @Field(() => String, { nullable: true, description: 'The BOM node the line makes; required when the RFQ names a customer order' }) bomNodeId?: string | null;
  @Field() description!: string;
}

@InputType('RfqLineInput')
export class RfqLineInput {
  @Field(() => Int, { description: 'Lines are numbered 1..n, each once' }) lineNo!: number;
  @Field(() => RfqPartInput) part!: RfqPartInput;
  @Field(() => Int) quantity!: number;
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field(() => [String], { nullable: true, description: 'Up to 50 drawing references; omitted means none' }) drawingRefs?: string[] | null;
}

@InputType('RfqMatchInput', { description: 'Ask every workshop the directory finds with this capability and material (and valid certification).' })
export class RfqMatchInput {
  @Field() process!: string;
  @Field() material!: string;
  @Field(() => String, { nullable: true }) certification?: string | null;
}

@InputType('IssueRfqInput', { description: 'The body of POST /v1/rfqs/{rfqId}: give either invited or match (leave the other out; null counts as given, as on REST).' })
export class IssueRfqInput {
  @Field(() => [RfqLineInput]) lines!: RfqLineInput[];
  @Field({ description: 'RFC 3339 with offset, e.g. 2026-11-27T17:00:00+09:00' }) answerDeadline!: string;
  @Field(() => [String], { nullable: true, description: 'The workshops asked, by company id' }) invited?: string[] | null;
  @Field(() => RfqMatchInput, { nullable: true }) match?: RfqMatchInput | null;
  @Field(() => String, { nullable: true, description: 'The customer order the parts are for; omitted or null for none' }) customerOrderId?: string | null;
}

@InputType('AwardInput')
export class AwardInput {
  @Field(() => Int) lineNo!: number;
  @Field() workshopId!: string;
  @Field(() => Int) quantity!: number;
}

@InputType('AwardRfqInput', { description: 'The body of POST /v1/rfqs/{rfqId}/award: whole, per line, or split across workshops.' })
export class AwardRfqInput {
  @Field(() => [AwardInput]) awards!: AwardInput[];
  @Field(() => Boolean, { nullable: true, description: 'true to leave lines unawarded; omitted means false' }) partial?: boolean | null;
}
