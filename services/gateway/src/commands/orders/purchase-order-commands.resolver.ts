import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql-caller';
import { CommandOptions } from '../command-options.args';
import { CommandResult } from '../command-result.model';
import { CommandSender } from '../command-sender';
import { ReasonInput } from '../reason.input';
import { AcceptOrderWithChangesInput } from './order-change.inputs';
import { IssuePurchaseOrderInput } from './purchase-order.inputs';

/**
 * Issuing a purchase order and acknowledging it, through the orders service: the supplier accepts,
 * rejects or accepts with changes; the buyer answers proposed changes, and may cancel.
 */
@Resolver()
export class PurchaseOrderCommandsResolver {
  constructor(private readonly commands: CommandSender) {}

  @Mutation(() => CommandResult, {
    description: 'POST /v1/purchase-orders/{orderId}: a lead orders for one of its customer orders, or a workshop sub-contracts a line it supplies (parent).',
  })
  issuePurchaseOrder(@Args('input') input: IssuePurchaseOrderInput, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'purchase-orders/:orderId', { orderId: input.orderId }, input, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/purchase-orders/{orderId}/acceptance: the supplier accepts the order as issued.' })
  acceptOrder(@Args('orderId') orderId: string, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'purchase-orders/:orderId/acceptance', { orderId }, {}, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/purchase-orders/{orderId}/rejection: the supplier rejects the order.' })
  rejectOrder(@Args('orderId') orderId: string, @Args('input') input: ReasonInput, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'purchase-orders/:orderId/rejection', { orderId }, input, options);
  }

  @Mutation(() => CommandResult, {
    description: 'POST /v1/purchase-orders/{orderId}/acceptance-with-changes: the supplier accepts if quantities or dates change; the buyer then answers.',
  })
  acceptOrderWithChanges(
    @Args('orderId') orderId: string,
    @Args('input') input: AcceptOrderWithChangesInput,
    @Args() options: CommandOptions,
    @Context() context: GraphQLContext,
  ): Promise<CommandResult> {
    return this.commands.send(context, 'purchase-orders/:orderId/acceptance-with-changes', { orderId }, input, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/purchase-orders/{orderId}/proposed-changes/acceptance: the buyer accepts the supplier’s changes.' })
  acceptProposedChanges(@Args('orderId') orderId: string, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'purchase-orders/:orderId/proposed-changes/acceptance', { orderId }, {}, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/purchase-orders/{orderId}/proposed-changes/rejection: the buyer rejects the supplier’s changes.' })
  rejectProposedChanges(
    @Args('orderId') orderId: string,
    @Args('input') input: ReasonInput,
    @Args() options: CommandOptions,
    @Context() context: GraphQLContext,
  ): Promise<CommandResult> {
    return this.commands.send(context, 'purchase-orders/:orderId/proposed-changes/rejection', { orderId }, input, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/purchase-orders/{orderId}/cancellation: the buyer cancels the order.' })
  cancelOrder(@Args('orderId') orderId: string, @Args('input') input: ReasonInput, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'purchase-orders/:orderId/cancellation', { orderId }, input, options);
  }
}
