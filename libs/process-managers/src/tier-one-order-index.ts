/**
 * The closing manager's own index: which purchase orders a lead placed directly (tier 1, no parent)
 * for each customer order (a port: the service provides the adapter). `readSide` binds every call
 * to the consumer's transaction.
 */
export interface TierOneOrderIndex<ReadSide> {
  /** Remembering an order again changes nothing. */
  remember(readSide: ReadSide, customerOrderId: string, orderId: string): Promise<void>;
  ordersOf(readSide: ReadSide, customerOrderId: string): Promise<string[]>;
}
