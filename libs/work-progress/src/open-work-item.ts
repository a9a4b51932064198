import type { WorkItemOpenedV1 } from '@renkei/contracts';
import { WorkProgressError, type FieldError } from './field-error';
import { isCalendarDate, isWholeNumber, MAX_OP_NO, MAX_QUANTITY, PO_ID } from './field-rules';
import type { OpenWorkItem } from './work-progress-commands';
import type { WorkItemOpened } from './work-progress-events';
import type { WorkItem } from './work-item-state';

type OpeningData = OpenWorkItem['data'];

/**
 * Opens the work of an acknowledged purchase order line. The process manager delivers at least
 * once, so the same opening again records nothing; a different one is a conflict to look at.
 */
export function openWorkItem(command: OpenWorkItem, state: WorkItem): WorkItemOpened[] {
  const { data, metadata } = command;
  if (state.status === 'Open') {
    const differences = differencesFrom(state.opened, data);
    if (differences.length === 0) return [];
    throw new WorkProgressError('WORK.ALREADY_OPEN', `work item ${data.poId}/${data.lineNo} is already open with other data`, differences);
  }
  const errors = openingErrors(data);
  if (errors.length > 0) throw new WorkProgressError('WORK.INVALID_INPUT', `work item ${data.poId}/${data.lineNo} cannot be opened as given`, errors);
  return [{ type: 'WorkItemOpened', data: { ...copyOpening(data), openedBy: metadata.actor.companyId, openedAt: metadata.now.toISOString() } }];
}

/** Exactly the contract's fields, so nothing extra a caller put on the command reaches the event. */
function copyOpening(data: OpeningData): OpeningData {
  const { poId, lineNo, buyerId, supplierId, customerOrderId, partNumber, bomNodeId, bomRevision, quantity, dueDate, operations } = data;
  return {
    poId,
    lineNo,
    buyerId,
    supplierId,
    customerOrderId,
    partNumber,
    bomNodeId,
    bomRevision,
    quantity,
    dueDate,
    operations: operations.map(({ opNo, process, workshopId }) => ({ opNo, process, workshopId })),
  };
}

function differencesFrom(opened: WorkItemOpenedV1, data: OpeningData): FieldError[] {
  const wanted = copyOpening(data);
  const current = copyOpening(opened);
  return (Object.keys(wanted) as Array<keyof OpeningData>)
    .filter((field) => JSON.stringify(wanted[field]) !== JSON.stringify(current[field]))
    .map((field) => ({ field, rule: 'differs from the work item already opened', allowed: JSON.stringify(current[field]) }));
}

/** The process manager builds this from validated events, but a wrong routing would misdirect every handoff. */
function openingErrors(data: OpeningData): FieldError[] {
  const errors: FieldError[] = [];
  const text = (field: 'buyerId' | 'supplierId' | 'customerOrderId' | 'partNumber' | 'bomNodeId') => {
    const value: unknown = data[field];
    if (typeof value !== 'string' || value.length < 1 || value.length > 64) errors.push({ field, rule: 'must be 1-64 characters', allowed: 'a non-empty id' });
  };
  if (typeof data.poId !== 'string' || !PO_ID.test(data.poId)) errors.push({ field: 'poId', rule: 'must be 1-64 letters, digits, "_", "." or "-"', allowed: 'e.g. PO-2026-0042' });
  if (!isWholeNumber(data.lineNo, 1, Number.MAX_SAFE_INTEGER)) errors.push({ field: 'lineNo', rule: 'must be a positive integer', allowed: '1, 2, 3, ...' });
  (['buyerId', 'supplierId', 'customerOrderId', 'partNumber', 'bomNodeId'] as const).forEach(text);
  if (!isWholeNumber(data.bomRevision, 1, Number.MAX_SAFE_INTEGER)) errors.push({ field: 'bomRevision', rule: 'must be a positive integer', allowed: '1, 2, 3, ...' });
  if (!isWholeNumber(data.quantity, 1, MAX_QUANTITY)) errors.push({ field: 'quantity', rule: 'must be a whole number of pieces', allowed: `1 to ${MAX_QUANTITY}` });
  if (!isCalendarDate(data.dueDate)) errors.push({ field: 'dueDate', rule: 'must be a calendar date', allowed: 'YYYY-MM-DD' });
  if (!Array.isArray(data.operations)) return [...errors, { field: 'operations', rule: 'must be a list', allowed: 'the routing: [{ opNo, process, workshopId }, ...], possibly empty' }];
  data.operations.forEach((operation, index) => {
    const previous = index === 0 ? 0 : (data.operations[index - 1]?.opNo ?? 0);
    if (!isWholeNumber(operation.opNo, 1, MAX_OP_NO) || operation.opNo <= previous) {
      errors.push({ field: `operations[${index}].opNo`, rule: 'must be a positive integer above the previous operation', allowed: `e.g. 10, 20, 30 (at most ${MAX_OP_NO})` });
    }
    if (typeof operation.process !== 'string' || operation.process.length < 1 || operation.process.length > 40) {
      errors.push({ field: `operations[${index}].process`, rule: 'must be 1-40 characters', allowed: 'e.g. machining, plating' });
    }
    if (typeof operation.workshopId !== 'string' || operation.workshopId.length < 1) {
      errors.push({ field: `operations[${index}].workshopId`, rule: 'must name the workshop doing the operation', allowed: 'a company id' });
    }
  });
  return errors;
}
