import type { BomCommandMetadata, PublishBomRevision } from './bom-messages';
import type { FieldError } from './field-error';
import { parseBomNodes } from './parse-bom-nodes';
import { isRecord, isRevisionNumber, productIdErrors, unknownFieldErrors, type ParseResult } from './parse-input';

/**
 * `{ "revision": 2, "nodes": [...] }` for the product in the path, or every bad field at once.
 * Only the shape is checked here; ownership, revision order and the tree rules are the decider's.
 */
export function parsePublishBomRevision(target: { productId: string }, body: unknown, metadata: BomCommandMetadata): ParseResult<PublishBomRevision> {
  const errors: FieldError[] = [...productIdErrors(target.productId)];
  const input = isRecord(body) ? body : {};
  if (!isRecord(body)) errors.push({ field: 'body', rule: 'must be a JSON object', allowed: '{ "revision": 1, "nodes": [...] }' });
  const revision = input['revision'];
  if (!isRevisionNumber(revision)) errors.push({ field: 'revision', rule: 'must be a positive integer', allowed: '1 for the first revision, then the previous plus one' });
  const nodes = parseBomNodes(input['nodes'], errors);
  errors.push(...unknownFieldErrors(input, ['revision', 'nodes'], '', 'a BOM revision'));

  if (errors.length > 0 || !isRevisionNumber(revision)) return { ok: false, errors };
  return { ok: true, command: { type: 'PublishBomRevision', data: { productId: target.productId, revision, nodes }, metadata } };
}
