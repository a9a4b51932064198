import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql-caller';
import { CommandOptions } from '../command-options.args';
import { CommandResult } from '../command-result.model';
import { CommandSender } from '../command-sender';
import { PlaceCustomerOrderInput } from './customer-order.inputs';

/** The lead's end-to-end orders, through the orders service's REST endpoints. */
@Resolver()
export class CustomerOrderCommandsResolver {
  constructor(private readonly commands: CommandSender) {}

  @Mutation(() => CommandResult, { description: 'POST /v1/customer-orders/{orderId}: the lead places its customer’s order, under its own order number.' })
  placeCustomerOrder(@Args('input') input: PlaceCustomerOrderInput, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'customer-orders/:orderId', { orderId: input.orderId }, input, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/customer-orders/{orderId}/close: the lead closes its customer order.' })
  closeCustomerOrder(@Args('orderId') orderId: string, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'customer-orders/:orderId/close', { orderId }, {}, options);
  }
}
