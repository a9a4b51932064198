import { Controller, HttpCode, Inject, Param, Post, Res, UseGuards } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import { parseAcceptChange, parseRejectChange, parseRequestChange } from '@renkei/orders';
import { ApiKeyGuard, EVENT_STORE, type HttpReply } from '@renkei/service-kit';
import { purchaseOrders } from './order-endpoints';
import { HttpCommand, ordersMetadata, runOrderCommand, type CommandInput } from './order-command-http';
import { withPathIds } from './path-ids';

/**
 * Either party asks to change an accepted order under its own change id; the other party
 * answers it at `/change-requests/{changeId}/acceptance` or `/rejection`.
 */
@Controller('v1/purchase-orders/:orderId/change-requests')
@UseGuards(ApiKeyGuard)
export class PurchaseOrderChangesController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Post()
  @HttpCode(201)
  async request(@Param('orderId') orderId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return runOrderCommand(this.store, purchaseOrders, input, `purchase-orders/${orderId}/change-requests`, response, () =>
      parseRequestChange({ orderId }, input.body, ordersMetadata(input.caller)),
    );
  }

  @Post(':changeId/acceptance')
  @HttpCode(201)
  async accept(@Param('orderId') orderId: string, @Param('changeId') changeId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return runOrderCommand(this.store, purchaseOrders, input, `purchase-orders/${orderId}/change-requests/${changeId}/acceptance`, response, () =>
      withPathIds({ changeId }, input.body, (body) => parseAcceptChange({ orderId }, body, ordersMetadata(input.caller))),
    );
  }

  @Post(':changeId/rejection')
  @HttpCode(201)
  async reject(@Param('orderId') orderId: string, @Param('changeId') changeId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return runOrderCommand(this.store, purchaseOrders, input, `purchase-orders/${orderId}/change-requests/${changeId}/rejection`, response, () =>
      withPathIds({ changeId }, input.body, (body) => parseRejectChange({ orderId }, body, ordersMetadata(input.caller))),
    );
  }
}
