/** What a BOM node is: the top assembly, an intermediate assembly, or a single part. */
export const BOM_NODE_KINDS = ['assembly', 'sub-assembly', 'part'] as const;
export type BomNodeKind = (typeof BOM_NODE_KINDS)[number];

/** Whether the lead makes the node in its own network (make) or buys it off the shelf (buy). */
export const BOM_MAKE_OR_BUY = ['make', 'buy'] as const;
export type BomMakeOrBuy = (typeof BOM_MAKE_OR_BUY)[number];

/** The node fields a revision diff can name as changed, in the order a diff lists them. */
export const BOM_DIFF_FIELDS = ['parentId', 'kind', 'partNumber', 'description', 'qtyPer', 'makeOrBuy', 'routing'] as const;
export type BomDiffField = (typeof BOM_DIFF_FIELDS)[number];

/** Product and node ids appear in stream ids and URLs. */
export const BOM_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';
/** Workshops are member companies: the same slug shape as the network context's company ids. */
export const BOM_COMPANY_ID_PATTERN = '^[a-z0-9][a-z0-9-]{1,62}$';
/** Process names are free but uniform (machining, sheet-metal, heat-treatment, ...). */
export const BOM_PROCESS_PATTERN = '^[a-z][a-z-]{0,39}$';
