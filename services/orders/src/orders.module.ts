import { Module } from '@nestjs/common';
import { CustomerOrdersController } from './customer-orders.controller';
import { PurchaseOrderAcknowledgementsController } from './purchase-order-acknowledgements.controller';
import { PurchaseOrderChangesController } from './purchase-order-changes.controller';
import { PurchaseOrderDeliveriesController } from './purchase-order-deliveries.controller';
import { PurchaseOrderLookups } from './purchase-order-lookups';
import { PurchaseOrdersController } from './purchase-orders.controller';

/** The orders context's HTTP API (customer orders, purchase orders). Needs EVENT_STORE, AUTHENTICATOR and DIRECTORY. */
@Module({
  controllers: [CustomerOrdersController, PurchaseOrdersController, PurchaseOrderAcknowledgementsController, PurchaseOrderChangesController, PurchaseOrderDeliveriesController],
  providers: [PurchaseOrderLookups],
})
export class OrdersModule {}
