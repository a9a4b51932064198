import type { Provider } from '@nestjs/common';
import { CompanyResolver } from './companies/company.resolver';
import { PurchaseOrderResolver } from './purchase-orders/purchase-order.resolver';
import { RfqResolver } from './rfqs/rfq.resolver';

/** purchaseOrder, rfq and company: one party's view of one thing. */
export const PARTY_VIEW_PROVIDERS: Provider[] = [PurchaseOrderResolver, RfqResolver, CompanyResolver];
