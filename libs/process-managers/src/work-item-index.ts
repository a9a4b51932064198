/** An opened work item as the BOM-change manager remembers it, to find it when its product's BOM changes. */
export interface IndexedWorkItem {
  readonly poId: string;
  readonly lineNo: number;
  /** The product of the customer order the item serves: whose BOM it is made to. */
  readonly productId: string;
  readonly bomNodeId: string;
  /** The BOM revision the item was opened on. */
  readonly bomRevision: number;
  /** The supplier and every workshop of the item's routing, each once. */
  readonly workshopIds: readonly string[];
}

/**
 * The BOM-change manager's own index of open work (a port: the service provides the adapter).
 * `readSide` binds every call to the consumer's transaction.
 */
export interface WorkItemIndex<ReadSide> {
  /** Remembering an item again changes nothing. */
  remember(readSide: ReadSide, item: IndexedWorkItem): Promise<void>;
  /** Completed work is done to the revision it was made to: no later change concerns it. */
  forget(readSide: ReadSide, poId: string, lineNo: number): Promise<void>;
  /** Items of `productId` opened on a revision below `revision` and not completed. */
  openItemsBelow(readSide: ReadSide, productId: string, revision: number): Promise<IndexedWorkItem[]>;
}
