import { ID_ALLOWED, MAX_QUANTITY, isId, isPositiveInteger, isRecord, repeatedIndexes, requiredText, unknownFieldErrors, type QuotesParseResult } from './field-rules';
import type { AwardRequest, AwardRfq, CancelRfq, QuotesCommandMetadata } from './quotes-commands';
import type { FieldError } from './quotes-error';

const MAX_AWARDS = 1000;

/** The lead's award: `partial` defaults to false, so forgetting a line is refused rather than silently left open. */
export function parseAwardRfq(target: { rfqId: string }, body: unknown, metadata: QuotesCommandMetadata): QuotesParseResult<AwardRfq> {
  const errors: FieldError[] = [];
  const input = isRecord(body) ? body : {};
  if (!isRecord(body)) errors.push({ field: 'body', rule: 'must be a JSON object', allowed: '{ "awards": [...], "partial": false }' });
  if (!isId(target.rfqId)) errors.push({ field: 'rfqId', rule: 'must be an id', allowed: ID_ALLOWED });

  const raw = input['awards'];
  let awards: AwardRequest[] = [];
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_AWARDS) {
    errors.push({ field: 'awards', rule: `must hold 1 to ${MAX_AWARDS} awards`, allowed: 'an array of { lineNo, workshopId, quantity }' });
  } else {
    awards = raw.map((item: unknown, index) => parseAward(item, `awards[${index}].`, errors));
    const repeated = repeatedIndexes(awards, (award) => `${award.lineNo}\u0000${award.workshopId}`).filter((index) => isId(awards[index]?.workshopId));
    errors.push(...repeated.map((index) => ({ field: `awards[${index}].workshopId`, rule: 'must appear once per line', allowed: 'one award per line and workshop; add the quantities up' })));
  }
  const partial = input['partial'] ?? false;
  if (typeof partial !== 'boolean') errors.push({ field: 'partial', rule: 'must be a boolean', allowed: 'true to leave lines unawarded; omitted means false' });
  errors.push(...unknownFieldErrors(input, ['awards', 'partial'], '', 'an award'));

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, command: { type: 'AwardRfq', data: { rfqId: target.rfqId, awards, partial: partial === true }, metadata } };
}

export function parseCancelRfq(target: { rfqId: string }, body: unknown, metadata: QuotesCommandMetadata): QuotesParseResult<CancelRfq> {
  const errors: FieldError[] = [];
  const input = isRecord(body) ? body : {};
  if (!isRecord(body)) errors.push({ field: 'body', rule: 'must be a JSON object', allowed: '{ "reason": "..." }' });
  if (!isId(target.rfqId)) errors.push({ field: 'rfqId', rule: 'must be an id', allowed: ID_ALLOWED });
  const reason = requiredText(input, 'reason', 'reason', errors);
  errors.push(...unknownFieldErrors(input, ['reason'], '', 'a cancellation'));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, command: { type: 'CancelRfq', data: { rfqId: target.rfqId, reason }, metadata } };
}

function parseAward(value: unknown, prefix: string, errors: FieldError[]): AwardRequest {
  if (!isRecord(value)) {
    errors.push({ field: prefix.slice(0, -1), rule: 'must be an object', allowed: '{ lineNo, workshopId, quantity }' });
    return { lineNo: NaN, workshopId: '', quantity: 0 };
  }
  const { lineNo, workshopId, quantity } = value;
  if (!isPositiveInteger(lineNo)) errors.push({ field: `${prefix}lineNo`, rule: 'must be a line number of the RFQ', allowed: '1, 2, 3, ...' });
  if (!isId(workshopId)) errors.push({ field: `${prefix}workshopId`, rule: 'must be a company id', allowed: ID_ALLOWED });
  if (!isPositiveInteger(quantity)) errors.push({ field: `${prefix}quantity`, rule: 'must be a whole positive number of pieces', allowed: `1 to ${MAX_QUANTITY}` });
  errors.push(...unknownFieldErrors(value, ['lineNo', 'workshopId', 'quantity'], prefix, 'an award'));
  return { lineNo: isPositiveInteger(lineNo) ? lineNo : NaN, workshopId: isId(workshopId) ? workshopId : '', quantity: isPositiveInteger(quantity) ? quantity : 0 };
}
