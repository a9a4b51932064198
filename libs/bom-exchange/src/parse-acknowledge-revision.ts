import type { AcknowledgeRevision, BomCommandMetadata } from './bom-messages';
import type { FieldError } from './field-error';
import { isRecord, isRevisionNumber, productIdErrors, unknownFieldErrors, type ParseResult } from './parse-input';

/** `{ "revision": 3 }` for the product in the path; the acknowledging workshop is the caller. */
export function parseAcknowledgeRevision(target: { productId: string }, body: unknown, metadata: BomCommandMetadata): ParseResult<AcknowledgeRevision> {
  const errors: FieldError[] = [...productIdErrors(target.productId)];
  const input = isRecord(body) ? body : {};
  if (!isRecord(body)) errors.push({ field: 'body', rule: 'must be a JSON object', allowed: '{ "revision": 3 }' });
  const revision = input['revision'];
  if (!isRevisionNumber(revision)) errors.push({ field: 'revision', rule: 'must be a positive integer', allowed: '1, 2, 3, ...' });
  errors.push(...unknownFieldErrors(input, ['revision'], '', 'a revision acknowledgement'));

  if (errors.length > 0 || !isRevisionNumber(revision)) return { ok: false, errors };
  return { ok: true, command: { type: 'AcknowledgeRevision', data: { productId: target.productId, revision }, metadata } };
}
