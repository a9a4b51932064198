import { bomStreamId, decide as decideBom, evolve as evolveBom, initialProductBom, type BomCommand } from '@renkei/bom-exchange';
import type { BomNodeV1, EventEnvelope } from '@renkei/contracts';
import { customerOrderDecider, orderStreamId } from '@renkei/orders';
import { flagOutdatedWork } from '@renkei/process-managers';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { workItemDecider, workItemStreamId, type WorkProgressCommand } from '@renkei/work-progress';
import { postgresWorkItemIndex } from './postgres-work-item-index';
import { ManagerHarness } from './process-managers.fixtures';

const now = new Date('2026-11-20T09:00:00Z');
const lead = { companyId: 'lead-1', role: 'lead' } as const;
const bomDecider = { decide: decideBom, evolve: evolveBom, initialState: initialProductBom };
const manager = flagOutdatedWork(postgresWorkItemIndex);

//   PUMP (assembly @lead-1)
//   ├─ SHAFT (machining @ws-a, plating @ws-c)
//   └─ COVER (sheet metal @ws-b)
const node = (nodeId: string, parentId: string | null, routing: Array<[string, string]>, description = nodeId.toLowerCase()): BomNodeV1 => ({
  nodeId,
  parentId,
  kind: parentId === null ? 'assembly' : 'part',
  partNumber: `PN-${nodeId}`,
  description,
  qtyPer: 1,
  makeOrBuy: 'make',
  routing: routing.map(([process, workshopId], index) => ({ opNo: (index + 1) * 10, process, workshopId })),
});
const revision = (shaftDescription: string) => [
  node('PUMP', null, [['assembly', 'lead-1']]),
  node('SHAFT', 'PUMP', [['machining', 'ws-a'], ['plating', 'ws-c']], shaftDescription),
  node('COVER', 'PUMP', [['sheet-metal', 'ws-b']]),
];

/** BOM change → outdated work flagged, against a real event store and the manager's own index table. */
describe('process manager: BOM change → flag outdated work (real PostgreSQL)', () => {
  const schema = uniqueSchemaName('pm_flag');
  let harness: ManagerHarness;

  const publish = async (number: number, nodes: BomNodeV1[]) =>
    harness.command(bomStreamId('PUMP'), bomDecider, { type: 'PublishBomRevision', data: { productId: 'PUMP', revision: number, nodes }, metadata: { actor: lead, now } } satisfies BomCommand);
  const onWork = (poId: string, command: WorkProgressCommand) => harness.command(workItemStreamId(poId, 1), workItemDecider, command);
  const open = (poId: string, bomNodeId: string, supplierId: string, workshops: string[]) =>
    onWork(poId, {
      type: 'OpenWorkItem',
      data: {
        poId,
        lineNo: 1,
        buyerId: 'lead-1',
        supplierId,
        customerOrderId: 'CO-1',
        partNumber: `PN-${bomNodeId}`,
        bomNodeId,
        bomRevision: 1,
        quantity: 10,
        dueDate: '2026-12-10',
        operations: workshops.map((workshopId, index) => ({ opNo: (index + 1) * 10, process: 'work', workshopId })),
      },
      metadata: { actor: lead, now },
    });
  const changeIn = (events: EventEnvelope[]) => events.find((event) => event.type === 'EngineeringChangeNotified')!;
  const flags = async (poId: string) => (await harness.store.readStream(workItemStreamId(poId, 1))).filter((event) => event.type === 'WorkItemFlagged').map((event) => event.data);

  beforeAll(async () => {
    harness = await ManagerHarness.open(testDatabaseUrl(), schema);
    await publish(1, revision('shaft'));
    await harness.command(orderStreamId('CO-1'), customerOrderDecider, {
      type: 'PlaceCustomerOrder',
      data: { orderId: 'CO-1', customerName: 'Tokai Pumps', customerRef: 'TP-1', bomProductId: 'PUMP', bomRevision: 1, lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 10, dueDate: '2026-12-20' }] },
      metadata: { actor: lead, now },
    });
  });
  afterAll(async () => {
    await harness.close();
    await dropSchema(schema);
  });

  it('flags the open work on a changed node (for its supplier and routing), never completed work or another branch, once however often the change is delivered', async () => {
    await harness.deliverAll(manager, await open('PO-SHAFT', 'SHAFT', 'ws-a', ['ws-a', 'ws-c']));
    await harness.deliverAll(manager, await open('PO-COVER', 'COVER', 'ws-b', ['ws-b']));
    await harness.deliverAll(manager, await open('PO-DONE', 'SHAFT', 'ws-a', ['ws-a']));
    const completed = await onWork('PO-DONE', {
      type: 'ReportProgress',
      data: { poId: 'PO-DONE', lineNo: 1, status: 'completed', qtyGood: 10, qtyScrap: 0, eta: null, note: null, occurredAt: now, operation: 10 },
      metadata: { companyId: 'ws-a', now },
    });
    expect(completed.map((event) => event.type)).toContain('WorkCompleted');
    await harness.deliverAll(manager, completed);
    const indexed = await harness.pool.query(`SELECT po_id FROM "${schema}".pm_open_work_items ORDER BY po_id`);
    expect(indexed.rows.map((row: { po_id: string }) => row.po_id)).toEqual(['PO-COVER', 'PO-SHAFT']); // completed work is forgotten
    expect(await flags('PO-SHAFT')).toEqual([]); // no change yet

    const change = changeIn(await publish(2, revision('shaft, 2 mm longer')));
    expect(change.data).toMatchObject({ fromRevision: 1, toRevision: 2 });
    await harness.deliver(manager, change);
    await harness.deliver(manager, change); // a Kafka replay

    expect(await flags('PO-SHAFT')).toEqual([
      expect.objectContaining({ poId: 'PO-SHAFT', productId: 'PUMP', bomNodeId: 'SHAFT', bomRevision: 1, currentRevision: 2, changedNodeIds: ['SHAFT'], flaggedBy: 'lead-1' }),
    ]);
    expect(await flags('PO-COVER')).toEqual([]);
    expect(await flags('PO-DONE')).toEqual([]);
    const [flagged] = (await harness.store.readStream(workItemStreamId('PO-SHAFT', 1))).filter((event) => event.type === 'WorkItemFlagged');
    expect(flagged!.metadata).toMatchObject({ companyId: 'lead-1', causationId: change.id, schemaVersion: 1 });
  });

  it('catches up work opened on an older revision after the change was published, and remembers it across a crash before its commit', async () => {
    const opened = await open('PO-LATE', 'SHAFT', 'ws-a', ['ws-a', 'ws-c']);
    await harness.deliverAll(manager, opened);
    expect(await flags('PO-LATE')).toEqual([expect.objectContaining({ currentRevision: 2, changedNodeIds: ['SHAFT'] })]);

    // Opened and delivered, but the consumer crashed before its commit: the index row is gone, the flag stays; the redelivery restores the row.
    const crashed = await open('PO-CRASH', 'SHAFT', 'ws-a', ['ws-a']);
    await harness.deliver(manager, crashed[0]!, { crash: true });
    await harness.deliver(manager, crashed[0]!);
    expect(await flags('PO-CRASH')).toEqual([expect.objectContaining({ currentRevision: 2 })]);

    // Both are in the index: the next change of the shaft flags them again, for revision 3.
    await harness.deliver(manager, changeIn(await publish(3, revision('shaft, hardened'))));
    for (const poId of ['PO-LATE', 'PO-CRASH', 'PO-SHAFT']) expect((await flags(poId)).map((data) => (data as { currentRevision: number }).currentRevision)).toEqual([2, 3]);
    expect(await flags('PO-DONE')).toEqual([]);
  });
});
