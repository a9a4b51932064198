import type { Provider } from '@nestjs/common';
import { CompanyResolver } from './companies/company.resolver';
import { PurchaseOrderResolver } from './purchase-orders/purchase-order.resolver';
import { PurchaseOrdersResolver } from './purchase-orders/purchase-orders.resolver';
import { RfqResolver } from './rfqs/rfq.resolver';
import { RfqsResolver } from './rfqs/rfqs.resolver';
import { ViewerResolver } from './viewer/viewer.resolver';

/** purchaseOrder, rfq and company: one party's view of one thing; purchaseOrders and rfqs: a page of them, each as that view shows it; viewer: the caller itself. */
export const PARTY_VIEW_PROVIDERS: Provider[] = [PurchaseOrderResolver, PurchaseOrdersResolver, RfqResolver, RfqsResolver, CompanyResolver, ViewerResolver];
