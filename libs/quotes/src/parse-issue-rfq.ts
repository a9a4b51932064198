import type { QuotesMatchCriteriaV1, QuotesPartV1, QuotesRfqLineV1 } from '@renkei/contracts';
import {
  ID_ALLOWED,
  MAX_QUANTITY,
  isCalendarDate,
  isId,
  isPositiveInteger,
  isRecord,
  optionalText,
  parseTimestamp,
  repeatedIndexes,
  requiredText,
  unknownFieldErrors,
  type QuotesParseResult,
} from './field-rules';
import type { IssueRfq } from './quotes-commands';
import type { FieldError } from './quotes-error';

const MAX_LINES = 200;
const MAX_INVITED = 500;
const MAX_DRAWINGS = 50;

/**
 * Turns an untrusted RFQ body into an IssueRfq command, or lists every bad field.
 * Omitted `bomNodeId` and `customerOrderId` mean null and omitted `drawingRefs` means none;
 * everything else is required. With a customer order, every line must name its BOM node.
 */
export function parseIssueRfq(target: { rfqId: string }, body: unknown, metadata: IssueRfq['metadata']): QuotesParseResult<IssueRfq> {
  const errors: FieldError[] = [];
  const input = isRecord(body) ? body : {};
  if (!isRecord(body)) errors.push({ field: 'body', rule: 'must be a JSON object', allowed: '{ "lines": [...], "answerDeadline": ..., "invited" | "match": ... }' });
  if (!isId(target.rfqId)) errors.push({ field: 'rfqId', rule: 'must be an id', allowed: ID_ALLOWED });

  const lines = parseLines(input['lines'], errors);
  const answerDeadline = parseTimestamp(input['answerDeadline']);
  if (answerDeadline === null) {
    errors.push({ field: 'answerDeadline', rule: 'must be a timestamp with time zone', allowed: 'RFC 3339, e.g. 2026-11-27T17:00:00+09:00' });
  }

  const hasInvited = input['invited'] !== undefined;
  const hasMatch = input['match'] !== undefined;
  if (hasInvited && hasMatch) errors.push({ field: 'match', rule: 'must not be given together with invited', allowed: 'either invited or match' });
  if (!hasInvited && !hasMatch) errors.push({ field: 'invited', rule: 'is required unless match is given', allowed: 'invited: [companyId, ...], or match: { process, material, certification }' });
  const invited = hasInvited ? parseInvited(input['invited'], metadata.actor.companyId, errors) : [];
  const match = hasMatch ? parseMatch(input['match'], errors) : null;
  const customerOrderId = parseCustomerOrderId(input['customerOrderId'], input['lines'], errors);

  errors.push(...unknownFieldErrors(input, ['lines', 'answerDeadline', 'invited', 'match', 'customerOrderId'], '', 'an RFQ'));
  if (errors.length > 0 || answerDeadline === null) return { ok: false, errors };
  const fields = { rfqId: target.rfqId, lines, answerDeadline, customerOrderId };
  return { ok: true, command: { type: 'IssueRfq', data: match === null ? { ...fields, invited } : { ...fields, match }, metadata } };
}

function parseLines(value: unknown, errors: FieldError[]): QuotesRfqLineV1[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_LINES) {
    errors.push({ field: 'lines', rule: `must hold 1 to ${MAX_LINES} lines`, allowed: 'an array of { lineNo, part, quantity, dueDate, drawingRefs }' });
    return [];
  }
  const lines = value.map((item: unknown, index) => parseLine(item, `lines[${index}].`, errors));
  const repeated = new Set(repeatedIndexes(lines, (line) => line.lineNo));
  lines.forEach((line, index) => {
    if (!isRecord(value[index])) return; // already reported as a whole
    if (!isPositiveInteger(line.lineNo, lines.length) || repeated.has(index)) {
      errors.push({ field: `lines[${index}].lineNo`, rule: 'must number the lines 1..n, each once', allowed: `1 to ${lines.length}` });
    }
  });
  return lines;
}

function parseLine(value: unknown, prefix: string, errors: FieldError[]): QuotesRfqLineV1 {
  if (!isRecord(value)) {
    errors.push({ field: prefix.slice(0, -1), rule: 'must be an object', allowed: '{ lineNo, part, quantity, dueDate, drawingRefs }' });
    return { lineNo: NaN, part: { partNumber: '', bomNodeId: null, description: '' }, quantity: 0, dueDate: '', drawingRefs: [] };
  }
  const part = parsePart(value['part'], `${prefix}part`, errors);

  const lineNo = typeof value['lineNo'] === 'number' ? value['lineNo'] : NaN; // range and uniqueness are checked across lines
  const quantity = value['quantity'];
  if (!isPositiveInteger(quantity)) errors.push({ field: `${prefix}quantity`, rule: 'must be a whole positive number of pieces', allowed: `1 to ${MAX_QUANTITY}` });
  const dueDate = value['dueDate'];
  if (!isCalendarDate(dueDate)) errors.push({ field: `${prefix}dueDate`, rule: 'must be a calendar date', allowed: 'YYYY-MM-DD' });
  const drawingRefs = value['drawingRefs'] ?? [];
  const refsOk = Array.isArray(drawingRefs) && drawingRefs.length <= MAX_DRAWINGS && drawingRefs.every((ref) => typeof ref === 'string' && ref.length > 0 && ref.length <= 200);
  if (!refsOk) errors.push({ field: `${prefix}drawingRefs`, rule: `must be up to ${MAX_DRAWINGS} references`, allowed: 'an array of strings of 1 to 200 characters; omitted means none' });
  errors.push(...unknownFieldErrors(value, ['lineNo', 'part', 'quantity', 'dueDate', 'drawingRefs'], prefix, 'an RFQ line'));

  return {
    lineNo,
    part,
    quantity: isPositiveInteger(quantity) ? quantity : 0,
    dueDate: isCalendarDate(dueDate) ? dueDate : '',
    drawingRefs: refsOk ? (drawingRefs as string[]) : [],
  };
}

function parsePart(value: unknown, field: string, errors: FieldError[]): QuotesPartV1 {
  if (!isRecord(value)) {
    errors.push({ field, rule: 'must be an object', allowed: '{ partNumber, bomNodeId, description }' });
    return { partNumber: '', bomNodeId: null, description: '' };
  }
  const partNumber = requiredText(value, 'partNumber', `${field}.partNumber`, errors, 64);
  const bomNodeId = optionalText(value, 'bomNodeId', `${field}.bomNodeId`, errors, 64);
  const description = requiredText(value, 'description', `${field}.description`, errors);
  errors.push(...unknownFieldErrors(value, ['partNumber', 'bomNodeId', 'description'], `${field}.`, 'a part'));
  return { partNumber, bomNodeId: bomNodeId === '' ? null : bomNodeId, description };
}

function parseInvited(value: unknown, issuer: string, errors: FieldError[]): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_INVITED) {
    errors.push({ field: 'invited', rule: `must name 1 to ${MAX_INVITED} workshops`, allowed: 'an array of company ids' });
    return [];
  }
  const repeated = new Set(repeatedIndexes(value as unknown[], (item) => String(item)));
  value.forEach((item: unknown, index) => {
    if (!isId(item) || repeated.has(index)) errors.push({ field: `invited[${index}]`, rule: 'must be a company id named once', allowed: ID_ALLOWED });
    else if (item === issuer) errors.push({ field: `invited[${index}]`, rule: 'must not be the issuing lead', allowed: 'workshops other than the issuer' });
  });
  return value as string[];
}

function parseMatch(value: unknown, errors: FieldError[]): QuotesMatchCriteriaV1 {
  if (!isRecord(value)) {
    errors.push({ field: 'match', rule: 'must be an object', allowed: '{ process, material, certification }' });
    return { process: '', material: '', certification: null };
  }
  const process = requiredText(value, 'process', 'match.process', errors, 64);
  const material = requiredText(value, 'material', 'match.material', errors, 64);
  const certification = optionalText(value, 'certification', 'match.certification', errors, 100);
  errors.push(...unknownFieldErrors(value, ['process', 'material', 'certification'], 'match.', 'match criteria'));
  return { process, material, certification: certification === null || certification.trim() === '' ? null : certification };
}

/** The customer order, or null for none; with one, each line whose part is otherwise fine must name its BOM node. */
function parseCustomerOrderId(value: unknown, lines: unknown, errors: FieldError[]): string | null {
  if (value === undefined || value === null) return null;
  if (!isId(value)) {
    errors.push({ field: 'customerOrderId', rule: 'must be an order id, or null for none', allowed: ID_ALLOWED });
    return null;
  }
  if (Array.isArray(lines)) {
    lines.forEach((line: unknown, index) => {
      const part = isRecord(line) ? line['part'] : undefined;
      // A line or part that is not an object, or a bomNodeId of the wrong type, was already reported.
      if (isRecord(part) && (part['bomNodeId'] === undefined || part['bomNodeId'] === null || part['bomNodeId'] === '')) {
        errors.push({ field: `lines[${index}].part.bomNodeId`, rule: 'is required when the RFQ names a customer order', allowed: 'the BOM node the line makes' });
      }
    });
  }
  return value;
}
