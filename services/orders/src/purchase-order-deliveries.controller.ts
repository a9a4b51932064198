import { Controller, HttpCode, Inject, Param, Post, Res, UseGuards } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import { parseConfirmReceipt, parseNotifyShipment } from '@renkei/orders';
import { ApiKeyGuard, EVENT_STORE, type HttpReply } from '@renkei/service-kit';
import { purchaseOrders } from './order-endpoints';
import { HttpCommand, ordersMetadata, runOrderCommand, type CommandInput } from './order-command-http';

/**
 * The supplier notifies each (partial) shipment under its own shipment id; the buyer checks each
 * shipment in, and the order closes when every piece ordered is received.
 */
@Controller('v1/purchase-orders/:orderId')
@UseGuards(ApiKeyGuard)
export class PurchaseOrderDeliveriesController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Post('shipments')
  @HttpCode(201)
  async ship(@Param('orderId') orderId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return runOrderCommand(this.store, purchaseOrders, input, `purchase-orders/${orderId}/shipments`, response, () =>
      parseNotifyShipment({ orderId }, input.body, ordersMetadata(input.caller)),
    );
  }

  @Post('receipts')
  @HttpCode(201)
  async receive(@Param('orderId') orderId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return runOrderCommand(this.store, purchaseOrders, input, `purchase-orders/${orderId}/receipts`, response, () =>
      parseConfirmReceipt({ orderId }, input.body, ordersMetadata(input.caller)),
    );
  }
}
