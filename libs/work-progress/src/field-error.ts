/** One reason a field was refused: which field, which rule, and what would be accepted. */
export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly allowed: string;
}

/** The single error type of the work-progress context; `code` is stable and mapped once per edge. */
export class WorkProgressError extends Error {
  constructor(
    readonly code: 'WORK.INVALID_INPUT' | 'WORK.OCCURRED_IN_THE_FUTURE' | 'WORK.BELONGS_TO_ANOTHER_WORKSHOP',
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'WorkProgressError';
  }
}
