import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql-caller';
import { CommandOptions } from '../command-options.args';
import { CommandResult } from '../command-result.model';
import { CommandSender } from '../command-sender';
import { ReasonInput } from '../reason.input';
import { RequestChangeInput } from './order-change.inputs';

/** Either party asks to change an accepted order; the other answers, through the orders service. */
@Resolver()
export class OrderChangeCommandsResolver {
  constructor(private readonly commands: CommandSender) {}

  @Mutation(() => CommandResult, { description: 'POST /v1/purchase-orders/{orderId}/change-requests: either party asks to change quantities or dates.' })
  requestChange(@Args('orderId') orderId: string, @Args('input') input: RequestChangeInput, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'purchase-orders/:orderId/change-requests', { orderId }, input, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/purchase-orders/{orderId}/change-requests/{changeId}/acceptance: the other party accepts the change.' })
  acceptChange(@Args('orderId') orderId: string, @Args('changeId') changeId: string, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'purchase-orders/:orderId/change-requests/:changeId/acceptance', { orderId, changeId }, {}, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/purchase-orders/{orderId}/change-requests/{changeId}/rejection: the other party rejects the change.' })
  rejectChange(
    @Args('orderId') orderId: string,
    @Args('changeId') changeId: string,
    @Args('input') input: ReasonInput,
    @Args() options: CommandOptions,
    @Context() context: GraphQLContext,
  ): Promise<CommandResult> {
    return this.commands.send(context, 'purchase-orders/:orderId/change-requests/:changeId/rejection', { orderId, changeId }, input, options);
  }
}
