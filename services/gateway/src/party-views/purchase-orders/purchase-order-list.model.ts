import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../paging/connection.model';
import { PurchaseOrderModel } from './purchase-order.model';
import { PURCHASE_ORDER_STATUSES, type PartyRole } from './purchase-orders.query';

export const PartyRoleEnum = { BUYER: 'BUYER', SUPPLIER: 'SUPPLIER' } as const satisfies Record<PartyRole, PartyRole>;

registerEnumType(PartyRoleEnum, {
  name: 'PartyRole',
  description: 'Your side of a purchase order',
  valuesMap: { BUYER: { description: 'You (or, for an integrator, a grantor) placed it' }, SUPPLIER: { description: 'You (or a grantor) supply it' } },
});

@InputType('PurchaseOrderFilter')
export class PurchaseOrderFilterInput {
  @Field(() => [String], { nullable: true, description: `Only orders with one of these statuses: ${PURCHASE_ORDER_STATUSES.join(', ')}; every status when left out` })
  status?: string[] | null;
  @Field(() => PartyRoleEnum, { nullable: true, description: 'Only orders you buy (BUYER) or supply (SUPPLIER); both when left out' })
  role?: PartyRole | null;
}

@ObjectType('PurchaseOrderConnection', { description: 'Newest first' })
export class PurchaseOrderConnectionModel extends ConnectionType('PurchaseOrder', PurchaseOrderModel) {}
