import { WorkProgressError, type FieldError } from './field-error';
import { isWholeNumber } from './field-rules';
import type { FlagOutdatedRevision } from './work-progress-commands';
import type { WorkItemFlagged } from './work-progress-events';
import type { WorkItem } from './work-item-state';

const MAX_ID = 64;

/**
 * Flags an open work item whose BOM node (or a node below it) changed in a revision newer than the
 * one it was opened on. Work already completed, a revision that is not newer, and a revision already
 * flagged (or an older one arriving late) record nothing: the process manager delivers at least once.
 */
export function flagOutdatedRevision(command: FlagOutdatedRevision, state: WorkItem): WorkItemFlagged[] {
  const { data, metadata } = command;
  if (metadata.actor.role !== 'lead') {
    throw new WorkProgressError('WORK.NOT_A_LEAD', `${metadata.actor.companyId} acts as ${metadata.actor.role}; only the lead that owns the BOM flags outdated work`);
  }
  const errors = flagErrors(data);
  if (errors.length > 0) throw new WorkProgressError('WORK.INVALID_INPUT', `work item ${data.poId}/${data.lineNo} cannot be flagged as given`, errors);
  if (state.status !== 'Open') {
    throw new WorkProgressError('WORK.NOT_OPEN', `work item ${data.poId}/${data.lineNo} was never opened from a purchase order line, so it follows no BOM revision`);
  }
  const { opened } = state;
  if (data.currentRevision <= opened.bomRevision) return [];
  if (state.workCompletedAt !== null) return [];
  if (state.outdatedRevision !== null && state.outdatedRevision >= data.currentRevision) return [];
  return [
    {
      type: 'WorkItemFlagged',
      data: {
        poId: opened.poId,
        lineNo: opened.lineNo,
        productId: data.productId,
        bomNodeId: opened.bomNodeId,
        bomRevision: opened.bomRevision,
        currentRevision: data.currentRevision,
        changedNodeIds: [...new Set(data.changedNodeIds)],
        flaggedBy: metadata.actor.companyId,
        flaggedAt: metadata.now.toISOString(),
      },
    },
  ];
}

/** The process manager builds this from validated events; a malformed flag would mislead the supplier. */
function flagErrors(data: FlagOutdatedRevision['data']): FieldError[] {
  const errors: FieldError[] = [];
  const isId = (value: unknown) => typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID;
  if (!isId(data.productId)) errors.push({ field: 'productId', rule: `must be 1-${MAX_ID} characters`, allowed: 'the product id of the BOM' });
  if (!isWholeNumber(data.currentRevision, 2, Number.MAX_SAFE_INTEGER)) {
    errors.push({ field: 'currentRevision', rule: 'must be a revision that follows another', allowed: '2, 3, 4, ...' });
  }
  if (!Array.isArray(data.changedNodeIds) || data.changedNodeIds.length === 0) {
    errors.push({ field: 'changedNodeIds', rule: 'must name at least one changed node', allowed: 'BOM node ids' });
  } else {
    data.changedNodeIds.forEach((nodeId, index) => {
      if (!isId(nodeId)) errors.push({ field: `changedNodeIds[${index}]`, rule: `must be 1-${MAX_ID} characters`, allowed: 'a BOM node id' });
    });
  }
  return errors;
}
