// Builders shared by the work item specs: a lead buys BRK-100 from Okada, whose routing sends op 30 to Mori for plating.
import type { ProgressReportedV2, WorkOperationV1 } from '@renkei/contracts';
import type { FlagOutdatedRevision, OpenWorkItem, ReportProgress, WorkActorRole, WorkProgressCommand } from './work-progress-commands';
import type { ProgressReported, WorkItemFlagged, WorkItemOpened, WorkProgressEvent } from './work-progress-events';
import { workItemDecider } from './work-item';
import type { WorkItem } from './work-item-state';

export const NOW = new Date('2026-11-20T10:00:00Z');
export const AT = NOW.toISOString();
export const LEAD = 'kanto-lead';
export const OKADA = 'okada-seiki';
export const MORI = 'mori-plating';
export const SATO = 'sato-kikai';

/** Okada machines (10), deburrs (20), Mori plates (30), Okada inspects (40). */
export const ROUTING: readonly WorkOperationV1[] = [
  { opNo: 10, process: 'machining', workshopId: OKADA },
  { opNo: 20, process: 'deburring', workshopId: OKADA },
  { opNo: 30, process: 'plating', workshopId: MORI },
  { opNo: 40, process: 'inspection', workshopId: OKADA },
];

export const OPENING: OpenWorkItem['data'] = {
  poId: 'PO-1',
  lineNo: 1,
  buyerId: LEAD,
  supplierId: OKADA,
  customerOrderId: 'CO-1',
  partNumber: 'BRK-100',
  bomNodeId: 'n-12',
  bomRevision: 3,
  quantity: 100,
  dueDate: '2026-12-01',
  operations: ROUTING,
};

export function open(overrides: Partial<OpenWorkItem['data']> = {}, role: WorkActorRole = 'lead'): OpenWorkItem {
  return { type: 'OpenWorkItem', data: { ...OPENING, ...overrides }, metadata: { actor: { companyId: LEAD, role }, now: NOW } };
}

export function opened(overrides: Partial<OpenWorkItem['data']> = {}): WorkItemOpened {
  return { type: 'WorkItemOpened', data: { ...OPENING, ...overrides, openedBy: LEAD, openedAt: '2026-11-19T09:00:00.000Z' } };
}

/** The lead's process manager flags the item: revision 4 of the pump changed n-12 (the item's node). */
export function flag(overrides: Partial<FlagOutdatedRevision['data']> = {}, role: WorkActorRole = 'lead'): FlagOutdatedRevision {
  return {
    type: 'FlagOutdatedRevision',
    data: { poId: 'PO-1', lineNo: 1, productId: 'PUMP', currentRevision: 4, changedNodeIds: ['n-12'], ...overrides },
    metadata: { actor: { companyId: LEAD, role }, now: NOW },
  };
}

/** The event `flag()` records, with the same defaults. */
export function flagged(data: Partial<WorkItemFlagged['data']> = {}): WorkItemFlagged {
  return {
    type: 'WorkItemFlagged',
    data: { poId: 'PO-1', lineNo: 1, productId: 'PUMP', bomNodeId: 'n-12', bomRevision: 3, currentRevision: 4, changedNodeIds: ['n-12'], flaggedBy: LEAD, flaggedAt: AT, ...data },
  };
}

/** A report by `companyId`, happening now unless `occurredAt` says otherwise. */
export function report(companyId: string, data: Partial<ReportProgress['data']> = {}): ReportProgress {
  return {
    type: 'ReportProgress',
    data: { poId: 'PO-1', lineNo: 1, status: 'in_progress', qtyGood: 0, qtyScrap: 0, eta: null, note: null, occurredAt: NOW, ...data },
    metadata: { companyId, now: NOW },
  };
}

/** The event `report(OKADA, ...)` records, with the same defaults. */
export function reported(data: Partial<ProgressReportedV2> = {}): ProgressReported {
  return {
    type: 'ProgressReported',
    data: {
      poId: 'PO-1',
      lineNo: 1,
      status: 'in_progress',
      qtyGood: 0,
      qtyScrap: 0,
      eta: null,
      note: null,
      occurredAt: AT,
      reportedBy: OKADA,
      operation: null,
      milestone: null,
      percent: null,
      delayReasonCode: null,
      ...data,
    },
  };
}

export function stateAfter(history: readonly WorkProgressEvent[]): WorkItem {
  return history.reduce(workItemDecider.evolve, workItemDecider.initialState);
}

/** The state once `when` is decided on `history` and its events applied: what the next reader sees. */
export function stateOnceDecided(history: readonly WorkProgressEvent[], when: WorkProgressCommand): WorkItem {
  return stateAfter([...history, ...workItemDecider.decide(when, stateAfter(history))]);
}
