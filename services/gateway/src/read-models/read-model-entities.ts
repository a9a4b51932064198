import { CompanyProfileEntity } from '../party-views/companies/company-profile.entity';
import { RfqQuoteEntity } from '../party-views/rfqs/rfq-quote.entity';
import { RfqEntity } from '../party-views/rfqs/rfq.entity';
import { BomNodeEntity } from './bom-nodes/bom-node.entity';
import { CustomerOrderEntity } from './customer-orders/customer-order.entity';
import { PurchaseOrderEntity } from './purchase-orders/purchase-order.entity';
import { TimelineEventEntity } from './timeline/timeline-event.entity';
import { WorkItemEntity } from './work-items/work-item.entity';

/** Every table the gateway's read models are made of; all of them are rebuilt from the log together. */
export const READ_MODEL_ENTITIES = [CustomerOrderEntity, PurchaseOrderEntity, WorkItemEntity, BomNodeEntity, TimelineEventEntity, RfqEntity, RfqQuoteEntity, CompanyProfileEntity];

/**
 * Bump when a projection's logic changes what rows it writes: the next start drops the read
 * models and replays them from the log. (Changes of the entities themselves are noticed alone.)
 */
export const READ_MODEL_LOGIC_VERSION = 2;
