import { IdempotencyKeyReused, PreconditionFailed, StreamBusy } from '@renkei/command-handling';
import { PROBLEM_BASE, ProblemException } from './problem-details';

/** The command-handling refusals every service shares, as problem details; anything else passes through. */
export function commandErrorToProblem(error: unknown): unknown {
  if (error instanceof IdempotencyKeyReused) {
    return new ProblemException({
      type: `${PROBLEM_BASE}idempotency-key-reused`,
      title: 'Idempotency-Key reused',
      status: 422,
      detail: error.message,
      code: error.code,
      errors: [{ field: 'Idempotency-Key', rule: 'must be new for each different request', allowed: 'a fresh key, or the same body to retry' }],
    });
  }
  if (error instanceof StreamBusy) {
    return new ProblemException({ type: `${PROBLEM_BASE}concurrent-update`, title: 'Busy', status: 409, detail: `${error.message}; retry with the same Idempotency-Key`, code: error.code });
  }
  if (error instanceof PreconditionFailed) {
    return new ProblemException({
      type: `${PROBLEM_BASE}precondition-failed`,
      title: 'If-Match does not match',
      status: 412,
      detail: error.message,
      code: error.code,
      errors: [{ field: 'If-Match', rule: 'must name the current revision (the ETag of your last read)', allowed: `"${String(error.actual)}"` }],
    });
  }
  return error;
}

/** `If-Match: "3"` → 3n; absent → undefined; anything else is a field error. */
export function parseIfMatch(header: string | undefined): bigint | undefined | 'invalid' {
  if (header === undefined) return undefined;
  const match = /^\s*"(\d{1,18})"\s*$/.exec(header);
  return match ? BigInt(match[1] as string) : 'invalid';
}
