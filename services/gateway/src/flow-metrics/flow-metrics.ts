import type { TimelineEventRow } from '../read-models/timeline/timeline-rows';

export interface OperationFlow {
  readonly opNo: number;
  /** Shop-floor time of the first report on it (or the previous operation's finish when none was sent). */
  readonly startedAt: string | null;
  readonly completedAt: string | null;
  /** Hours between the previous operation's finish (or the item's opening) and this one's start. */
  readonly waitingHours: number;
  readonly workingHours: number;
}

export interface NodeFlow {
  readonly nodeId: string;
  readonly poId: string;
  readonly lineNo: number;
  readonly workshopId: string;
  readonly operations: readonly OperationFlow[];
  readonly workingHours: number;
  readonly waitingHours: number;
}

export interface OrderFlow {
  readonly nodes: readonly NodeFlow[];
  readonly workingHours: number;
  readonly waitingHours: number;
}

interface ItemEvents {
  nodeId: string | null;
  poId: string;
  lineNo: number;
  workshopId: string;
  openedAt: string | null;
  ownOperations: number[];
  firstReportAt: Map<number, string>;
  completedAt: Map<number, string>;
}

const hours = (from: string, to: string) => Math.max(0, Math.round(((Date.parse(to) - Date.parse(from)) / 3_600_000) * 100) / 100);

/**
 * Where an order's flow works and where it waits, from shop-floor timestamps: per work item,
 * each of the workshop's operations runs from its first report to its completion, and waits
 * from the previous operation's completion (or the item's opening) to its start. An operation
 * not finished yet counts up to `now`: the flow is stopped there. Pure.
 */
export function flowMetrics(events: readonly TimelineEventRow[], now: Date): OrderFlow {
  const items = new Map<string, ItemEvents>();
  for (const event of events) {
    if (event.subject !== 'work_item' || event.poId === null || event.lineNo === null) continue;
    const key = `${event.poId}/${event.lineNo}`;
    const item = items.get(key) ?? { nodeId: null, poId: event.poId, lineNo: event.lineNo, workshopId: '', openedAt: null, ownOperations: [], firstReportAt: new Map(), completedAt: new Map() };
    items.set(key, item);
    const data = event.data as Record<string, unknown>;
    if (event.type === 'WorkItemOpened') {
      item.nodeId = data['bomNodeId'] as string;
      item.workshopId = data['supplierId'] as string;
      item.openedAt = data['openedAt'] as string;
      item.ownOperations = (data['operations'] as Array<{ opNo: number; workshopId: string }>).filter((operation) => operation.workshopId === item.workshopId).map((operation) => operation.opNo);
    } else if (event.type === 'ProgressReported' && typeof data['operation'] === 'number') {
      const at = data['occurredAt'] as string;
      const earlier = item.firstReportAt.get(data['operation']);
      if (earlier === undefined || at < earlier) item.firstReportAt.set(data['operation'], at);
    } else if (event.type === 'OperationCompleted') {
      item.completedAt.set(data['opNo'] as number, data['occurredAt'] as string);
    }
  }
  const nodes: NodeFlow[] = [];
  for (const item of items.values()) {
    if (item.nodeId === null || item.openedAt === null) continue;
    let previousEnd = item.openedAt;
    const operations: OperationFlow[] = [];
    for (const opNo of item.ownOperations) {
      const completedAt = item.completedAt.get(opNo) ?? null;
      const reported = item.firstReportAt.get(opNo) ?? null;
      const startedAt = reported !== null && reported >= previousEnd ? reported : completedAt !== null ? previousEnd : reported;
      const end = completedAt ?? now.toISOString();
      operations.push({
        opNo,
        startedAt,
        completedAt,
        waitingHours: hours(previousEnd, startedAt ?? now.toISOString()),
        workingHours: startedAt === null ? 0 : hours(startedAt, end),
      });
      if (completedAt === null) break; // later operations have not begun: their wait is this one's
      previousEnd = completedAt;
    }
    nodes.push({
      nodeId: item.nodeId,
      poId: item.poId,
      lineNo: item.lineNo,
      workshopId: item.workshopId,
      operations,
      workingHours: round(operations.reduce((sum, operation) => sum + operation.workingHours, 0)),
      waitingHours: round(operations.reduce((sum, operation) => sum + operation.waitingHours, 0)),
    });
  }
  return {
    nodes,
    workingHours: round(nodes.reduce((sum, node) => sum + node.workingHours, 0)),
    waitingHours: round(nodes.reduce((sum, node) => sum + node.waitingHours, 0)),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
