import { testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { envelope } from '../party-views/party-view-events.fixtures';
import { openTestReadModels, type TestReadModels } from '../party-views/party-view-database.fixtures';
import { loadWorkItemsSuppliedBy, type ListedWorkItem, type WorkItemPageRequest } from './my-work-items.query';

const LEAD = 'lead-kanto';
const OKADA = 'ws-okada';
const MORI = 'ws-mori';

const node = (nodeId: string, parentId: string | null, description: string, routing: Array<[number, string]>) => ({
  nodeId, parentId, kind: parentId === null ? 'assembly' : 'part', partNumber: `PN-${nodeId}`, description, qtyPer: 1, makeOrBuy: 'make',
  routing: routing.map(([opNo, workshopId]) => ({ opNo, process: 'machining', workshopId })),
});
const published = (revision: number, bracketDescription: string) => {
  const nodes = [node('PUMP', null, 'pump', [[10, LEAD]]), node('BRACKET', 'PUMP', bracketDescription, [[10, OKADA], [20, MORI]])];
  return envelope('BomRevisionPublished', 'bom-PUMP', revision - 1, {
    productId: 'PUMP', revision, nodes, diff: { added: [], removed: [], changed: [] }, publishedBy: LEAD, publishedAt: '2026-11-19T08:00:00.000Z',
  });
};
const opened = (poId: string, lineNo: number, supplierId: string, dueDate: string, bomRevision = 1) =>
  envelope('WorkItemOpened', `work-${poId}-${lineNo}`, 0, {
    poId, lineNo, buyerId: LEAD, supplierId, customerOrderId: 'CO-1', partNumber: 'PN-BRACKET', bomNodeId: 'BRACKET', bomRevision, quantity: 10, dueDate,
    operations: [{ opNo: 10, process: 'machining', workshopId: OKADA }, { opNo: 20, process: 'machining', workshopId: MORI }], openedBy: LEAD, openedAt: '2026-11-20T07:00:00.000Z',
  });
const reported = (poId: string, revision: number, reportedBy: string, status: string, operation: number | null = null) =>
  envelope('ProgressReported', `work-${poId}-1`, revision, {
    poId, lineNo: 1, status, qtyGood: 1, qtyScrap: 0, eta: null, note: null, occurredAt: `2026-11-20T1${revision}:00:00.000Z`, reportedBy,
    operation, milestone: null, percent: null, delayReasonCode: null,
  }, 2);
/** Op 10, Okada's last own operation on the bracket (op 20 is Mori's), completed: the work item's own events for it. */
const completedOwnPart = (poId: string, revision: number) => [
  reported(poId, revision, OKADA, 'completed', 10),
  envelope('OperationCompleted', `work-${poId}-1`, revision + 1, { poId, lineNo: 1, opNo: 10, qtyGood: 1, qtyScrap: 0, occurredAt: '2026-11-20T12:00:00.000Z', reportedBy: OKADA }),
  envelope('WorkCompleted', `work-${poId}-1`, revision + 2, { poId, lineNo: 1, qtyGood: 1, qtyScrap: 0, occurredAt: '2026-11-20T12:00:00.000Z', reportedBy: OKADA }),
];

/** The list query on real PostgreSQL: the rows it picks, their order across null due dates, and the description it joins. */
describe('myWorkItems read (real PostgreSQL)', () => {
  let db: TestReadModels;
  const load = async (workshopId: string, page: Partial<WorkItemPageRequest> = {}): Promise<ListedWorkItem[]> =>
    loadWorkItemsSuppliedBy(db.pool, db.schema.tables.workItems, db.schemaName, workshopId, { seesAs: [workshopId], seesUnassignedWork: false }, {
      statuses: null, first: 10, after: null, ...page,
    });
  const keys = (items: readonly ListedWorkItem[]) => items.map((item) => `${item.poId}/${item.lineNo}`);

  beforeAll(async () => {
    db = await openTestReadModels(testDatabaseUrl(), uniqueSchemaName('rm_mywork'));
    await db.apply([
      published(1, 'bracket, as first drawn'),
      published(2, 'bracket, thicker'),
      envelope('CustomerOrderPlaced', 'order-CO-1', 0, {
        orderId: 'CO-1', customerName: 'Tokai Pumps', customerRef: 'TP-1', bomProductId: 'PUMP', bomRevision: 1,
        lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 10, dueDate: '2026-12-20' }], ownerId: LEAD, placedAt: '2026-11-19T09:00:00.000Z',
      }),
      opened('PO-B', 1, OKADA, '2026-12-10'),
      opened('PO-A', 2, OKADA, '2026-12-10', 2),
      opened('PO-A', 1, OKADA, '2026-12-12'),
      opened('PO-C', 1, OKADA, '2026-12-01'),
      opened('PO-M', 1, MORI, '2026-11-30'),
      // Reported before any purchase order: Okada's own, with no due date; and Mori's.
      reported('PO-EARLY', 0, OKADA, 'in_progress'),
      reported('PO-MORI-EARLY', 0, MORI, 'in_progress'),
      ...completedOwnPart('PO-C', 1),
      // Said completed, but which operation it did not say: op 10 is still to do, so the item stays open.
      opened('PO-D', 1, OKADA, '2026-12-20'),
      reported('PO-D', 1, OKADA, 'completed'),
    ]);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('lists the supplier’s own items and its own early reports: due date first, items without one last, then purchase order and line', async () => {
    expect(keys(await load(OKADA))).toEqual(['PO-A/2', 'PO-B/1', 'PO-A/1', 'PO-D/1', 'PO-EARLY/1']);
    expect(keys(await load(MORI))).toEqual(['PO-M/1', 'PO-MORI-EARLY/1']);
  });

  it('joins the description of the node from the revision each item was opened on; none for an early report', async () => {
    const items = await load(OKADA);
    expect(items.map((item) => [item.poId, item.description])).toEqual([
      ['PO-A', 'bracket, thicker'],
      ['PO-B', 'bracket, as first drawn'],
      ['PO-A', 'bracket, as first drawn'],
      ['PO-D', 'bracket, as first drawn'],
      ['PO-EARLY', null],
    ]);
    expect(items.every((item) => !('state' in item))).toBe(true);
  });

  it('pages one item at a time through equal due dates and past the last dated item, never skipping or repeating', async () => {
    const seen: ListedWorkItem[] = [];
    let after: WorkItemPageRequest['after'] = null;
    for (let page = 0; page < 8; page += 1) {
      const rows = await load(OKADA, { first: 1, after });
      const item = rows[0];
      if (item === undefined) break;
      seen.push(item);
      after = { dueDate: item.dueDate, poId: item.poId, lineNo: item.lineNo };
    }
    expect(keys(seen)).toEqual(['PO-A/2', 'PO-B/1', 'PO-A/1', 'PO-D/1', 'PO-EARLY/1']);
  });

  it('reads one row more than the page, to tell that another page follows', async () => {
    expect(await load(OKADA, { first: 2 })).toHaveLength(3);
  });

  it('leaves finished work out by default; a status filter matches the status shown', async () => {
    expect(keys(await load(OKADA, { statuses: ['completed'] }))).toEqual(['PO-C/1', 'PO-D/1']);
    expect(keys(await load(OKADA, { statuses: ['in_progress'] }))).toEqual(['PO-EARLY/1']);
  });

  it('applies workItem’s visibility rule on top: a viewer that may not see an item does not list it', async () => {
    const rows = await loadWorkItemsSuppliedBy(db.pool, db.schema.tables.workItems, db.schemaName, OKADA, { seesAs: [MORI], seesUnassignedWork: false }, { statuses: null, first: 10, after: null });
    expect(keys(rows)).toEqual([]);
  });
});
