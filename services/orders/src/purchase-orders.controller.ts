import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import { parseIssuePurchaseOrder, purchaseOrderVisibleTo, purchaseOrderVisibleToIntegrator } from '@renkei/orders';
import { ApiKeyGuard, DIRECTORY, EVENT_STORE, replyWith, type AuthenticatedRequest, type Caller, type HttpReply, type MemberDirectory } from '@renkei/service-kit';
import { issuingPurchaseOrders } from './order-endpoints';
import { HttpCommand, ordersMetadata, runOrderCommand, type CommandInput } from './order-command-http';
import { withPathIds } from './path-ids';
import { PurchaseOrderLookups } from './purchase-order-lookups';

/**
 * Issuing and reading purchase orders: a lead orders for its customer order, a workshop
 * sub-contracts a line it supplies (`parent`). Only the buyer and the supplier read one, and the
 * integrators either of them granted `orders` (without prices).
 */
@Controller('v1/purchase-orders')
@UseGuards(ApiKeyGuard)
export class PurchaseOrdersController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
    private readonly lookups: PurchaseOrderLookups,
  ) {}

  @Post(':orderId')
  @HttpCode(201)
  async issue(@Param('orderId') orderId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    const [parentOrder, customerOrder] = await Promise.all([this.lookups.parentOrderFor(input.caller, input.body), this.lookups.customerOrderFor(input.body)]);
    const metadata = { ...ordersMetadata(input.caller), lookups: { parentOrder } };
    return runOrderCommand(this.store, issuingPurchaseOrders(customerOrder), input, `purchase-orders/${orderId}`, response, () =>
      withPathIds({ orderId }, input.body, (body) => parseIssuePurchaseOrder(body, metadata)),
    );
  }

  /**
   * The order with prices and its informational status, for its two parties; without prices for an
   * integrator one of them granted `orders`; 404 for anyone else, as if it did not exist.
   */
  @Get(':orderId')
  async read(@Param('orderId') orderId: string, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: HttpReply) {
    const caller = request.caller as Caller;
    const { state, etag } = await this.lookups.purchaseOrder(orderId);
    const view =
      caller.role === 'integrator'
        ? purchaseOrderVisibleToIntegrator(state, this.directory.grantorsOf(caller.companyId, 'orders'))
        : purchaseOrderVisibleTo(state, caller.companyId);
    if (view === null || etag === null) throw new NotFoundException(`no purchase order ${orderId} that ${caller.companyId} buys or supplies`);
    replyWith(response, { headers: { ETag: etag } });
    return view;
  }
}
