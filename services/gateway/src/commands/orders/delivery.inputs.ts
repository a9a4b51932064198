import { Field, InputType, Int } from '@nestjs/graphql';

@InputType('ShipmentLineInput')
export class ShipmentLineInput {
  @Field(() => Int) lineNo!: number;
  @Field(() => Int) quantity!: number;
}

@InputType('NotifyShipmentInput', { description: 'The body of POST /v1/purchase-orders/{orderId}/shipments.' })
export class NotifyShipmentInput {
  @Field({ description: 'Your own id for the shipment' }) shipmentId!: string;
  @Field(() => [ShipmentLineInput]) lines!: ShipmentLineInput[];
  @Field(() => String, { nullable: true, description: 'RFC 3339 with offset, e.g. 2026-11-20T14:05:00+09:00; leave it out for now (null is refused, as on REST)' }) shippedAt?: string | null;
}

@InputType('ReceiptLineInput')
export class ReceiptLineInput {
  @Field(() => Int) lineNo!: number;
  @Field(() => Int, { description: 'Pieces accepted into stock' }) receivedQuantity!: number;
  @Field(() => Int, { nullable: true, description: 'Pieces refused; omitted means 0' }) rejectedQuantity?: number | null;
}

@InputType('ConfirmReceiptInput', { description: 'The body of POST /v1/purchase-orders/{orderId}/receipts.' })
export class ConfirmReceiptInput {
  @Field({ description: 'The shipment checked in' }) shipmentId!: string;
  @Field(() => [ReceiptLineInput]) lines!: ReceiptLineInput[];
}
