import { PROBLEM_BASE, ProblemException } from '@renkei/service-kit';

export const OUTBOUND_PAGE_DEFAULT = 20;
export const OUTBOUND_PAGE_MAX = 100;

/** `after` and `limit` of `GET /v1/edi/interchanges`, or a 400 naming the field, the rule and what is allowed. */
export function parseOutboundRequest(query: { after?: string; limit?: string }): { after: number; limit: number } {
  const errors: Array<{ field: string; rule: string; allowed: string }> = [];
  const after = query.after === undefined || query.after === '' ? 0 : /^[0-9]{1,9}$/.test(query.after) ? Number(query.after) : NaN;
  if (Number.isNaN(after)) errors.push({ field: 'after', rule: 'must be the sequence number of the last interchange you have', allowed: '0 (or nothing) to start at the first, else 1-999999999' });
  const limit = query.limit === undefined || query.limit === '' ? OUTBOUND_PAGE_DEFAULT : /^[0-9]{1,4}$/.test(query.limit) ? Number(query.limit) : NaN;
  if (!(limit >= 1 && limit <= OUTBOUND_PAGE_MAX)) errors.push({ field: 'limit', rule: `must be a whole number from 1 to ${OUTBOUND_PAGE_MAX}`, allowed: `1–${OUTBOUND_PAGE_MAX}, default ${OUTBOUND_PAGE_DEFAULT}` });
  if (errors.length > 0) {
    throw new ProblemException({
      type: `${PROBLEM_BASE}invalid-input`,
      title: 'The request for interchanges is not valid',
      status: 400,
      detail: errors.map((error) => `${error.field} ${error.rule}`).join('; '),
      code: 'EDI.INVALID_INPUT',
      errors,
    });
  }
  return { after, limit };
}
