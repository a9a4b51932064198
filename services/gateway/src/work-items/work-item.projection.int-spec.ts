import { Pool } from 'pg';
import type { EventEnvelope } from '@renkei/contracts';
import { migrate } from '@renkei/event-store-postgres';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { workItemProjection } from './work-item.projection';
import { WorkItemRepository, workItemOutdatedRevisionColumn, workItemPartiesColumns, workItemsTable } from './work-item.repository';

const event = (poId: string, revision: bigint, type: string, data: Record<string, unknown>): EventEnvelope =>
  ({
    id: `00000000-0000-4000-8000-${poId.length}${revision.toString().padStart(11, '0')}`,
    type,
    streamId: `work-${poId}-1`,
    revision,
    logPosition: `10-${revision}`,
    schemaVersion: 2,
    recordedAt: new Date('2026-11-20T10:00:00Z'),
    data,
    metadata: {},
  }) as EventEnvelope;
const opened = (poId: string) =>
  event(poId, 0n, 'WorkItemOpened', {
    poId, lineNo: 1, buyerId: 'lead-1', supplierId: 'ws-1', customerOrderId: 'CO-1', partNumber: 'PN-1', bomNodeId: 'N-1', bomRevision: 1,
    quantity: 10, dueDate: '2026-12-10', operations: [], openedBy: 'lead-1', openedAt: '2026-11-20T07:00:00Z',
  });
const reported = (poId: string, revision: bigint, occurredAt: string, status: string, qtyGood: number) =>
  event(poId, revision, 'ProgressReported', {
    poId, lineNo: 1, status, qtyGood, qtyScrap: 0, eta: null, note: null, occurredAt, reportedBy: 'ws-1',
    operation: null, milestone: null, percent: null, delayReasonCode: null,
  });

describe('work item projection, a batch at a time (real PostgreSQL)', () => {
  const schema = uniqueSchemaName('wi_proj');
  const repository = new WorkItemRepository(schema);
  let pool: Pool;

  beforeAll(async () => {
    pool = new Pool({ connectionString: testDatabaseUrl() });
    await migrate(pool, schema, [workItemsTable, workItemPartiesColumns, workItemOutdatedRevisionColumn], 'gateway-read-model');
  });
  afterAll(async () => {
    await pool.end();
    await dropSchema(schema);
  });

  const apply = async (events: EventEnvelope[]) => {
    const client = await pool.connect();
    try {
      await workItemProjection(repository).handleBatch(events, client);
    } finally {
      client.release();
    }
  };

  it('folds several events of one line within a batch, keeps lines apart, and a late report does not win', async () => {
    await apply([
      opened('PO-A'),
      reported('PO-A', 1n, '2026-11-20T09:00:00Z', 'completed', 10),
      opened('PO-BB'),
      reported('PO-A', 2n, '2026-11-20T08:00:00Z', 'in_progress', 4), // happened earlier, arrived later
    ]);
    const rows = await repository.loadMany(pool, [{ poId: 'PO-A', lineNo: 1 }, { poId: 'PO-BB', lineNo: 1 }]);
    expect(rows.get('PO-A/1')).toMatchObject({ status: 'completed', qtyGood: 10, lastRevision: 2n, supplierId: 'ws-1' });
    expect(rows.get('PO-BB/1')).toMatchObject({ status: 'not_started', qtyGood: 0, lastRevision: 0n });
  });

  it('continues from the stored row in the next batch, and a replayed batch changes nothing', async () => {
    const next = [reported('PO-BB', 1n, '2026-11-20T09:30:00Z', 'in_progress', 3)];
    await apply(next);
    const once = await repository.load(pool, 'PO-BB', 1);
    await apply([opened('PO-BB'), ...next]);
    expect(await repository.load(pool, 'PO-BB', 1)).toEqual(once);
    expect(once).toMatchObject({ status: 'in_progress', qtyGood: 3, lastRevision: 1n, customerOrderId: 'CO-1' });
  });
});
