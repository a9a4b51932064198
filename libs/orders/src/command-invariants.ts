import { OrdersError, type FieldError } from './orders-error';

/**
 * Parse functions check every field of untrusted input; this guards the few shape rules state
 * depends on (one entry per line, whole piece counts) for commands built by process managers.
 */
export function assertWellFormedLines<Line extends { readonly lineNo: number }>(
  field: string,
  lines: readonly Line[],
  counts: ReadonlyArray<{ readonly name: keyof Line & string; readonly minimum: 0 | 1 }>,
): void {
  const problems: FieldError[] = [];
  if (lines.length === 0) problems.push({ field, rule: 'must list at least one line', allowed: 'a non-empty array' });
  const seen = new Set<number>();
  lines.forEach((line, index) => {
    if (!Number.isInteger(line.lineNo) || line.lineNo < 1) {
      problems.push({ field: `${field}[${index}].lineNo`, rule: 'must be a positive integer', allowed: '1, 2, 3, ...' });
    } else if (seen.has(line.lineNo)) {
      problems.push({ field: `${field}[${index}].lineNo`, rule: 'must appear once', allowed: 'one entry per line number' });
    }
    seen.add(line.lineNo);
    for (const { name, minimum } of counts) {
      const value = line[name];
      if (value === null) continue;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
        problems.push({ field: `${field}[${index}].${name}`, rule: 'must be a whole number of pieces', allowed: `${minimum} or more` });
      }
    }
  });
  if (problems.length > 0) throw new OrdersError('ORDERS.INVALID_INPUT', `${field} is malformed`, problems);
}

/** A refusal or a cancellation without a reason tells the other company nothing. */
export function assertReason(reason: string): void {
  if (reason.trim().length === 0) {
    throw new OrdersError('ORDERS.INVALID_INPUT', 'reason is empty', [{ field: 'reason', rule: 'must not be empty', allowed: 'a short explanation' }]);
  }
}
