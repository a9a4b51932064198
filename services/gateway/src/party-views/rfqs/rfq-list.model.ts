import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../paging/connection.model';
import { RfqModel } from './rfq.model';
import { RFQ_STATUSES } from './rfqs.query';

@InputType('RfqFilter')
export class RfqFilterInput {
  @Field(() => [String], { nullable: true, description: `Only RFQs with one of these statuses as you see them: ${RFQ_STATUSES.join(', ')}; every status when left out` })
  status?: string[] | null;
}

@ObjectType('RfqConnection', { description: 'Newest first' })
export class RfqConnectionModel extends ConnectionType('Rfq', RfqModel) {}
