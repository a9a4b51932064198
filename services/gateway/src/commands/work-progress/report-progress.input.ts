import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { WORK_DELAY_REASON_CODES, WORK_MILESTONES, WORK_STATUSES } from '@renkei/contracts';

// Strings, not GraphQL enums: `status` may be one of the workshop's own words, and the service names
// the field and the allowed words for every other vocabulary, as on REST.
@InputType('ReportProgressInput', { description: 'The body of POST /v1/work-items/{poId}/{lineNo}/progress.' })
export class ReportProgressInput {
  @Field({ description: `One of ${WORK_STATUSES.join(', ')}, or one of your own status words` }) status!: string;
  @Field(() => Int, { nullable: true, description: 'Omitted means 0' }) qtyGood?: number | null;
  @Field(() => Int, { nullable: true, description: 'Omitted means 0' }) qtyScrap?: number | null;
  @Field(() => String, { nullable: true, description: 'Expected finish, YYYY-MM-DD' }) eta?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 500 characters' }) note?: string | null;
  @Field(() => String, { nullable: true, description: 'RFC 3339 with offset, when it happened on the shop floor; leave it out for now (null is refused, as on REST)' })
  occurredAt?: string | null;
  @Field(() => Int, { nullable: true, description: 'The operation of the routing reported on, e.g. 10; not with milestone' }) operation?: number | null;
  @Field(() => String, { nullable: true, description: `One of ${WORK_MILESTONES.join(', ')}; not with operation` }) milestone?: string | null;
  @Field(() => Float, { nullable: true, description: '0 to 100' }) percent?: number | null;
  @Field(() => String, { nullable: true, description: `One of ${WORK_DELAY_REASON_CODES.join(', ')}` }) delayReasonCode?: string | null;
}
