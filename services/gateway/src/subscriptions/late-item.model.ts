import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DelayReasonModel } from '../order-tree/order-tree.model';

@ObjectType('HeldUpNode', { description: 'A node above a late one, waiting for it.' })
export class HeldUpNodeModel {
  @Field() nodeId!: string;
  @Field() partNumber!: string;
}

@ObjectType('LateItem', { description: 'A node of an open customer order whose ETA is past its due date.' })
export class LateItemModel {
  @Field() orderId!: string;
  @Field() nodeId!: string;
  @Field() partNumber!: string;
  @Field() description!: string;
  @Field({ description: 'Critical-path ETA, YYYY-MM-DD' }) eta!: string;
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field(() => Int) daysLate!: number;
  @Field({ description: 'It or any input is blocked' }) blocked!: boolean;
  @Field(() => [DelayReasonModel], { description: "What the workshops said of this node's own delay; a node late only because an input is has none" })
  delayReasons!: DelayReasonModel[];
  @Field(() => [HeldUpNodeModel], { description: 'The nodes it holds up, its parent first, up to the top of the tree you may see' })
  holdsUp!: HeldUpNodeModel[];
}
