/** One reason a field was refused: which field, which rule, and what would be accepted. */
export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly allowed: string;
}

export type BomErrorCode =
  /** For edges that turn a failed parse into an error; the decider itself never raises it. */
  | 'BOM.INVALID_INPUT'
  | 'BOM.NOT_A_LEAD'
  | 'BOM.NOT_THE_OWNER'
  | 'BOM.REVISION_OUT_OF_ORDER'
  | 'BOM.DUPLICATE_NODE_ID'
  | 'BOM.ONE_ROOT_REQUIRED'
  | 'BOM.UNKNOWN_PARENT'
  | 'BOM.CYCLE'
  /** Nothing published for the product, or the caller neither owns it nor is routed in it: the two are told apart to nobody. */
  | 'BOM.PRODUCT_NOT_FOUND'
  | 'BOM.UNKNOWN_REVISION'
  | 'BOM.NOT_AFFECTED';

/** The single error type of the bom-exchange context; `code` is stable and mapped once per edge. */
export class BomError extends Error {
  constructor(
    readonly code: BomErrorCode,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'BomError';
  }
}
