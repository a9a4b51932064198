import { Controller, HttpCode, Inject, Param, Post, Res, UseGuards } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import {
  parseAcceptOrder,
  parseAcceptOrderWithChanges,
  parseAcceptProposedChanges,
  parseCancelOrder,
  parseRejectOrder,
  parseRejectProposedChanges,
  type OrdersCommandMetadata,
  type ParseResult,
  type PurchaseOrderCommand,
} from '@renkei/orders';
import { ApiKeyGuard, EVENT_STORE, type HttpReply } from '@renkei/service-kit';
import { purchaseOrders } from './order-endpoints';
import { HttpCommand, ordersMetadata, runOrderCommand, type CommandInput } from './order-command-http';

type Parse = (target: { orderId: string }, body: unknown, metadata: OrdersCommandMetadata) => ParseResult<PurchaseOrderCommand>;

/**
 * The supplier answers an issued order (accept, reject, accept with changes); the buyer answers
 * proposed changes, and may cancel. Who may do what is the decider's to say: 403 to the other party,
 * 404 to a company outside the order, as for an order never issued.
 */
@Controller('v1/purchase-orders/:orderId')
@UseGuards(ApiKeyGuard)
export class PurchaseOrderAcknowledgementsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Post('acceptance')
  @HttpCode(201)
  async accept(@Param('orderId') orderId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return this.run(orderId, 'acceptance', input, response, parseAcceptOrder);
  }

  @Post('rejection')
  @HttpCode(201)
  async reject(@Param('orderId') orderId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return this.run(orderId, 'rejection', input, response, parseRejectOrder);
  }

  @Post('acceptance-with-changes')
  @HttpCode(201)
  async acceptWithChanges(@Param('orderId') orderId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return this.run(orderId, 'acceptance-with-changes', input, response, parseAcceptOrderWithChanges);
  }

  @Post('proposed-changes/acceptance')
  @HttpCode(201)
  async acceptProposedChanges(@Param('orderId') orderId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return this.run(orderId, 'proposed-changes/acceptance', input, response, parseAcceptProposedChanges);
  }

  @Post('proposed-changes/rejection')
  @HttpCode(201)
  async rejectProposedChanges(@Param('orderId') orderId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return this.run(orderId, 'proposed-changes/rejection', input, response, parseRejectProposedChanges);
  }

  @Post('cancellation')
  @HttpCode(201)
  async cancel(@Param('orderId') orderId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return this.run(orderId, 'cancellation', input, response, parseCancelOrder);
  }

  private run(orderId: string, action: string, input: CommandInput, response: HttpReply, parse: Parse) {
    return runOrderCommand(this.store, purchaseOrders, input, `purchase-orders/${orderId}/${action}`, response, () => parse({ orderId }, input.body, ordersMetadata(input.caller)));
  }
}
