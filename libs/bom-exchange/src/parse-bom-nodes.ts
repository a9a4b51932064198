import {
  BOM_COMPANY_ID_PATTERN,
  BOM_MAKE_OR_BUY,
  BOM_NODE_KINDS,
  BOM_PROCESS_PATTERN,
  type BomMakeOrBuy,
  type BomNodeKind,
  type BomNodeV1,
  type BomRoutingOperationV1,
} from '@renkei/contracts';
import type { FieldError } from './field-error';
import { BOM_ID, isRecord, unknownFieldErrors } from './parse-input';

export const MAX_NODES = 5000;
const MAX_OPERATIONS = 50;
const MAX_PART_NUMBER = 64;
const MAX_DESCRIPTION = 200;
const MAX_QTY_PER = 1_000_000;
const COMPANY_ID = new RegExp(BOM_COMPANY_ID_PATTERN);
const PROCESS = new RegExp(BOM_PROCESS_PATTERN);
const NODE_FIELDS = ['nodeId', 'parentId', 'kind', 'partNumber', 'description', 'qtyPer', 'makeOrBuy', 'routing'] as const;
const OPERATION_FIELDS = ['opNo', 'process', 'workshopId'] as const;

/**
 * Checks the shape of each node on its own, naming every bad field by index (`nodes[3].qtyPer`).
 * How nodes relate (unique ids, one root, known parents, no cycles) is the decider's rule, with
 * its own error codes, because every edge must obey it, not only the ones that parse JSON.
 */
export function parseBomNodes(value: unknown, errors: FieldError[]): BomNodeV1[] {
  if (!Array.isArray(value) || value.length > MAX_NODES) {
    errors.push({ field: 'nodes', rule: `must be a list of at most ${MAX_NODES} nodes`, allowed: '[{ "nodeId": ..., "parentId": ..., ... }, ...]' });
    return [];
  }
  return value.map((node: unknown, index) => parseNode(node, `nodes[${index}]`, errors));
}

function parseNode(value: unknown, at: string, errors: FieldError[]): BomNodeV1 {
  const input = isRecord(value) ? value : {};
  if (!isRecord(value)) errors.push({ field: at, rule: 'must be a JSON object', allowed: `{ ${NODE_FIELDS.map((field) => `"${field}"`).join(', ')} }` });
  const check = (field: string, ok: boolean, rule: string, allowed: string) => {
    if (!ok) errors.push({ field: `${at}.${field}`, rule, allowed });
  };
  const { nodeId, parentId, kind, partNumber, description, qtyPer, makeOrBuy, routing } = input;
  if (isRecord(value)) {
    check('nodeId', typeof nodeId === 'string' && BOM_ID.test(nodeId), 'must be 1-64 letters, digits, "_", "." or "-"', 'e.g. N-010');
    check('parentId', parentId === null || (typeof parentId === 'string' && BOM_ID.test(parentId)), 'must be a node id or null', 'the nodeId of the parent, or null for the root');
    check('kind', isOneOf(kind, BOM_NODE_KINDS), 'must be one of the node kinds', BOM_NODE_KINDS.join(', '));
    check('partNumber', typeof partNumber === 'string' && partNumber.trim().length > 0 && partNumber.length <= MAX_PART_NUMBER, `must be non-blank text of at most ${MAX_PART_NUMBER} characters`, 'e.g. 4711-020-B');
    check('description', typeof description === 'string' && description.length <= MAX_DESCRIPTION, `must be text of at most ${MAX_DESCRIPTION} characters`, 'a string, possibly empty');
    check('qtyPer', typeof qtyPer === 'number' && Number.isFinite(qtyPer) && qtyPer > 0 && qtyPer <= MAX_QTY_PER, 'must be a positive number per parent', `greater than 0 up to ${MAX_QTY_PER}; decimals allowed, e.g. 0.25`);
    check('makeOrBuy', isOneOf(makeOrBuy, BOM_MAKE_OR_BUY), 'must be make or buy', BOM_MAKE_OR_BUY.join(', '));
  }
  const operations = isRecord(value) ? parseRouting(routing, `${at}.routing`, errors) : [];
  errors.push(...unknownFieldErrors(input, NODE_FIELDS, `${at}.`, 'a BOM node'));
  return {
    nodeId: nodeId as string,
    parentId: parentId as string | null,
    kind: kind as BomNodeKind,
    partNumber: partNumber as string,
    description: description as string,
    qtyPer: qtyPer as number,
    makeOrBuy: makeOrBuy as BomMakeOrBuy,
    routing: operations,
  };
}

function parseRouting(value: unknown, at: string, errors: FieldError[]): BomRoutingOperationV1[] {
  if (!Array.isArray(value) || value.length > MAX_OPERATIONS) {
    errors.push({ field: at, rule: `must be a list of at most ${MAX_OPERATIONS} operations`, allowed: '[{ "opNo": 10, "process": "machining", "workshopId": "ws-okada" }, ...]; [] for none' });
    return [];
  }
  let previousOpNo = 0;
  return value.map((operation: unknown, index): BomRoutingOperationV1 => {
    const field = `${at}[${index}]`;
    if (!isRecord(operation)) {
      errors.push({ field, rule: 'must be a JSON object', allowed: '{ "opNo", "process", "workshopId" }' });
      return { opNo: NaN, process: '', workshopId: '' };
    }
    const { opNo, process, workshopId } = operation;
    if (typeof opNo !== 'number' || !Number.isInteger(opNo) || opNo <= previousOpNo) {
      errors.push({ field: `${field}.opNo`, rule: 'must be a whole number greater than the previous operation’s', allowed: `an integer above ${previousOpNo}, e.g. 10, 20, 30` });
    }
    if (typeof opNo === 'number' && Number.isFinite(opNo)) previousOpNo = Math.max(previousOpNo, opNo);
    if (typeof process !== 'string' || !PROCESS.test(process)) {
      errors.push({ field: `${field}.process`, rule: 'must be a process name in lower-case letters and "-"', allowed: 'e.g. machining, plating, sheet-metal, assembly' });
    }
    if (typeof workshopId !== 'string' || !COMPANY_ID.test(workshopId)) {
      errors.push({ field: `${field}.workshopId`, rule: 'must be a member company id', allowed: 'lower-case letters, digits and "-", e.g. ws-okada' });
    }
    errors.push(...unknownFieldErrors(operation, OPERATION_FIELDS, `${field}.`, 'a routing operation'));
    return { opNo: opNo as number, process: process as string, workshopId: workshopId as string };
  });
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
