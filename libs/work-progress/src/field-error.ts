/** One reason a field was refused: which field, which rule, and what would be accepted. */
export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly allowed: string;
}

export type WorkProgressErrorCode =
  /** A field is malformed, or a command built without its parse function broke a shape rule. */
  | 'WORK.INVALID_INPUT'
  | 'WORK.OCCURRED_IN_THE_FUTURE'
  /** Transitional: a work item never opened belongs to the first workshop that reported on it. */
  | 'WORK.BELONGS_TO_ANOTHER_WORKSHOP'
  /** The work item was already opened from its purchase order line, with other data. */
  | 'WORK.ALREADY_OPEN'
  /** Only the supplier of an opened work item reports on it. */
  | 'WORK.NOT_THE_SUPPLIER'
  /** The report names an operation that is not one of the supplier's own on this item's routing. */
  | 'WORK.UNKNOWN_OPERATION'
  /** Only a work item opened from a purchase order line has a BOM revision to be outdated. */
  | 'WORK.NOT_OPEN'
  /** A BOM change is flagged on behalf of the lead that owns the BOM, never by a workshop. */
  | 'WORK.NOT_A_LEAD';

/** The single error type of the work-progress context; `code` is stable and mapped once per edge. */
export class WorkProgressError extends Error {
  constructor(
    readonly code: WorkProgressErrorCode,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'WorkProgressError';
  }
}
