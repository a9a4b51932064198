import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { BOM_MAKE_OR_BUY, BOM_NODE_KINDS } from '@renkei/contracts';

@InputType('BomRoutingOperationInput')
export class BomRoutingOperationInput {
  @Field(() => Int, { description: 'Increasing along the routing, e.g. 10, 20, 30' }) opNo!: number;
  @Field({ description: 'Lower-case letters and "-", e.g. machining, plating' }) process!: string;
  @Field({ description: 'The member company that does the operation' }) workshopId!: string;
}

@InputType('BomNodeInput')
export class BomNodeInput {
  @Field() nodeId!: string;
  @Field(() => String, { nullable: true, description: 'Required, as on REST: the parent’s nodeId, or an explicit null for the root' }) parentId?: string | null;
  // Strings, not GraphQL enums: the service names the field and the allowed words, as on REST ("sub-assembly" is no enum value anyway).
  @Field({ description: `One of ${BOM_NODE_KINDS.join(', ')}` }) kind!: string;
  @Field({ description: 'Up to 64 characters' }) partNumber!: string;
  @Field({ description: 'Up to 200 characters, possibly empty' }) description!: string;
  @Field(() => Float, { description: 'Quantity per parent; decimals allowed, e.g. 0.25' }) qtyPer!: number;
  @Field({ description: `One of ${BOM_MAKE_OR_BUY.join(', ')}` }) makeOrBuy!: string;
  @Field(() => [BomRoutingOperationInput], { description: '[] for none' }) routing!: BomRoutingOperationInput[];
}

@InputType('PublishBomRevisionInput', { description: 'The body of POST /v1/boms/{productId}/revisions: the whole tree of the new revision.' })
export class PublishBomRevisionInput {
  @Field(() => Int, { description: '1 for the first revision, then the previous plus one' }) revision!: number;
  @Field(() => [BomNodeInput]) nodes!: BomNodeInput[];
}

@InputType('AcknowledgeBomRevisionInput', { description: 'The body of POST /v1/boms/{productId}/acknowledgements.' })
export class AcknowledgeBomRevisionInput {
  @Field(() => Int, { description: 'The revision you now work to' }) revision!: number;
}
