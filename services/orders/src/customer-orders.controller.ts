import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import { customerOrderVisibleTo, customerOrderVisibleToIntegrator, parseCloseCustomerOrder, parsePlaceCustomerOrder } from '@renkei/orders';
import { ApiKeyGuard, DIRECTORY, EVENT_STORE, replyWith, type AuthenticatedRequest, type Caller, type HttpReply, type MemberDirectory } from '@renkei/service-kit';
import { customerOrders } from './order-endpoints';
import { HttpCommand, ordersMetadata, runOrderCommand, type CommandInput } from './order-command-http';
import { withPathIds } from './path-ids';
import { PurchaseOrderLookups } from './purchase-order-lookups';

/** The lead's end-to-end orders: it places them under its own order number, closes them, and alone reads them (with the integrators it granted `orders`). */
@Controller('v1/customer-orders')
@UseGuards(ApiKeyGuard)
export class CustomerOrdersController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
    private readonly lookups: PurchaseOrderLookups,
  ) {}

  @Post(':orderId')
  @HttpCode(201)
  async place(@Param('orderId') orderId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return runOrderCommand(this.store, customerOrders, input, `customer-orders/${orderId}`, response, () =>
      withPathIds({ orderId }, input.body, (body) => parsePlaceCustomerOrder(body, ordersMetadata(input.caller))),
    );
  }

  @Post(':orderId/close')
  @HttpCode(201)
  async close(@Param('orderId') orderId: string, @HttpCommand() input: CommandInput, @Res({ passthrough: true }) response: HttpReply) {
    return runOrderCommand(this.store, customerOrders, input, `customer-orders/${orderId}/close`, response, () =>
      parseCloseCustomerOrder({ orderId }, input.body, ordersMetadata(input.caller)),
    );
  }

  /** Only the owner reads its customer order, and an integrator it granted `orders`; anyone else gets 404, as if it did not exist. */
  @Get(':orderId')
  async read(@Param('orderId') orderId: string, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: HttpReply) {
    const caller = request.caller as Caller;
    const { state, etag } = await this.lookups.customerOrder(orderId);
    const view =
      caller.role === 'integrator'
        ? customerOrderVisibleToIntegrator(state, this.directory.grantorsOf(caller.companyId, 'orders'))
        : customerOrderVisibleTo(state, caller.companyId);
    if (view === null || etag === null) throw new NotFoundException(`no customer order ${orderId} of ${caller.companyId}`);
    replyWith(response, { headers: { ETag: etag } });
    return view;
  }
}
