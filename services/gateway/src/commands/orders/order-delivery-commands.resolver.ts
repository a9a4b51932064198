import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql-caller';
import { CommandOptions } from '../command-options.args';
import { CommandResult } from '../command-result.model';
import { CommandSender } from '../command-sender';
import { ConfirmReceiptInput, NotifyShipmentInput } from './delivery.inputs';

/** Shipments and receipts, through the orders service: the order closes when every piece is received. */
@Resolver()
export class OrderDeliveryCommandsResolver {
  constructor(private readonly commands: CommandSender) {}

  @Mutation(() => CommandResult, { description: 'POST /v1/purchase-orders/{orderId}/shipments: the supplier notifies a (partial) shipment.' })
  notifyShipment(@Args('orderId') orderId: string, @Args('input') input: NotifyShipmentInput, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'purchase-orders/:orderId/shipments', { orderId }, input, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/purchase-orders/{orderId}/receipts: the buyer checks a shipment in.' })
  confirmReceipt(@Args('orderId') orderId: string, @Args('input') input: ConfirmReceiptInput, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'purchase-orders/:orderId/receipts', { orderId }, input, options);
  }
}
