import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { EventEnvelope } from '@renkei/contracts';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { Inbox } from './inbox';

describe('inbox (real PostgreSQL)', () => {
  const schema = uniqueSchemaName('inbox');
  let pool: Pool;
  let inbox: Inbox;

  beforeAll(async () => {
    pool = new Pool({ connectionString: testDatabaseUrl() });
    inbox = await Inbox.open(pool, schema);
  });
  afterAll(async () => {
    await pool.end();
    await dropSchema(schema);
  });

  const envelope = (id: string): EventEnvelope =>
    ({ id, type: 'SpecEvent', streamId: 's-1', revision: 0n, logPosition: '0/0', schemaVersion: 1, recordedAt: new Date(), data: {}, metadata: {} }) as unknown as EventEnvelope;

  it('applies each event of a batch once: not again in a later batch, nor twice within one, per consumer', async () => {
    const [seen, fresh, other] = [randomUUID(), randomUUID(), randomUUID()];
    const handled: string[] = [];
    const handler = async (event: EventEnvelope) => void handled.push(event.id);
    expect(await inbox.handleBatchOnce('a', [envelope(seen)], handler)).toEqual([true]);

    expect(await inbox.handleBatchOnce('a', [envelope(fresh), envelope(seen), envelope(fresh), envelope(other)], handler)).toEqual([true, false, false, true]);
    expect(handled).toEqual([seen, fresh, other]);
    // Another consumer has its own inbox.
    expect(await inbox.handleBatchOnce('b', [envelope(seen)], handler)).toEqual([true]);
  });

  it('records nothing of a batch whose handler fails, so all of it is applied on the retry', async () => {
    const [first, poison] = [randomUUID(), randomUUID()];
    const failing = async (event: EventEnvelope) => {
      if (event.id === poison) throw new Error('poison');
    };
    await expect(inbox.handleBatchOnce('c', [envelope(first), envelope(poison)], failing)).rejects.toThrow('poison');
    expect(await inbox.handleBatchOnce('c', [envelope(first), envelope(poison)], async () => undefined)).toEqual([true, true]);
  });

  it('hands a batch handler, in one call, only the events it has not applied, in order', async () => {
    const [seen, fresh, other] = [randomUUID(), randomUUID(), randomUUID()];
    const calls: string[][] = [];
    const batchHandler = { handleBatch: async (events: readonly EventEnvelope[]) => void calls.push(events.map((event) => event.id)) };
    await inbox.handleBatchOnce('d', [envelope(seen)], batchHandler);
    expect(await inbox.handleBatchOnce('d', [envelope(fresh), envelope(seen), envelope(other)], batchHandler)).toEqual([true, false, true]);
    expect(calls).toEqual([[seen], [fresh, other]]);
    // Nothing new: no call at all.
    await inbox.handleBatchOnce('d', [envelope(other)], batchHandler);
    expect(calls).toHaveLength(2);
  });
});
