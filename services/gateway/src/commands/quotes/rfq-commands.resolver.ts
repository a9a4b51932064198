import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql-caller';
import { CommandOptions } from '../command-options.args';
import { CommandResult } from '../command-result.model';
import { CommandSender } from '../command-sender';
import { ReasonInput } from '../reason.input';
import { AwardRfqInput, IssueRfqInput } from './rfq.inputs';

/** The lead's side of an RFQ, through the quotes service. */
@Resolver()
export class RfqCommandsResolver {
  constructor(private readonly commands: CommandSender) {}

  @Mutation(() => CommandResult, { description: 'POST /v1/rfqs/{rfqId}: the lead asks invited workshops, or those the directory matches, for quotes.' })
  issueRfq(@Args('rfqId') rfqId: string, @Args('input') input: IssueRfqInput, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'rfqs/:rfqId', { rfqId }, input, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/rfqs/{rfqId}/award: the lead awards lines to quoting workshops; each award becomes a purchase order.' })
  awardRfq(@Args('rfqId') rfqId: string, @Args('input') input: AwardRfqInput, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'rfqs/:rfqId/award', { rfqId }, input, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/rfqs/{rfqId}/cancellation: the lead withdraws the RFQ.' })
  cancelRfq(@Args('rfqId') rfqId: string, @Args('input') input: ReasonInput, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'rfqs/:rfqId/cancellation', { rfqId }, input, options);
  }
}
