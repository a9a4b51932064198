import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'pg';
import { describeWithKafka, dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { DistributedRenkei, type ProcessName } from './distributed-processes.fixtures';

const officeKey = 'dist-office-key-0123456789abcdef';
const leadKey = 'dist-lead-key-0123456789abcdefgh';
const LEAD = 'lead-kanto';
const A = 'ws-okada';
const run = randomUUID().slice(0, 8);
const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const rfqId = `RFQ-${run}`;
const poId = `${rfqId}-${A}`;
/** Progress reports sent while processes are killed: each a separate command with its own idempotency key. */
const REPORTS = 60;

type Body = Record<string, unknown>;
interface Reply {
  readonly status: number;
  readonly body: Body;
}

/**
 * The distributed mode on this machine: every service its own process on PostgreSQL and Kafka.
 * The step-2 flow (onboarding, BOM, customer order, RFQ, quote, award → purchase order by the
 * process managers, acceptance, work) runs through the gateway's public address; then a
 * workshop sends a stream of progress reports, retrying each with its same key as a phone would
 * while the work-progress service, the active relay and the gateway are each SIGKILLed and
 * restarted. At the end every acknowledged event is in the log once and in the read model once.
 */
describeWithKafka('distributed mode: separate processes survive SIGKILL without losing or doubling anything', () => {
  const eventSchema = uniqueSchemaName('dist_es');
  const readSchema = uniqueSchemaName('dist_rm');
  const db = new Pool({ connectionString: testDatabaseUrl(), max: 2 });
  let renkei: DistributedRenkei;
  let secretA = '';
  const timings: string[] = [];

  beforeAll(async () => {
    renkei = await DistributedRenkei.start({
      databaseUrl: testDatabaseUrl(),
      kafkaBrokers: process.env['KAFKA_BROKERS'] ?? '',
      eventSchema,
      readSchema,
      apiKeys: `${officeKey}:consortium-office:coordinator,${leadKey}:${LEAD}:lead`,
      logDir: join(__dirname, '../../artifacts/distributed', run),
    });
  }, 180_000);
  afterAll(async () => {
    await renkei?.stop();
    await db.end();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
    // The restart timings are the point of this run: printed for the operator's notes.
    if (timings.length > 0) console.log(`distributed e2e catch-up timings (ms):\n  ${timings.join('\n  ')}`);
  }, 60_000);

  /** A client of the public address that retries what got no answer or a 5xx, with the same key: the service may have recorded it. */
  const send = async (method: 'GET' | 'POST', path: string, key: string, body?: unknown, idempotencyKey: string = randomUUID()): Promise<Reply> => {
    for (let attempt = 1; ; attempt += 1) {
      const answer = await fetch(`${renkei.url}/v1/${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(method === 'POST' ? { 'idempotency-key': idempotencyKey } : {}) },
        ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
        signal: AbortSignal.timeout(10_000),
      }).then(
        async (response) => ({ status: response.status, body: (await response.json().catch(() => ({}))) as Body }),
        () => undefined,
      );
      if (answer !== undefined && answer.status < 500) return answer;
      if (attempt >= 120) throw new Error(`${method} ${path}: no answer after ${attempt} attempts (last ${answer?.status ?? 'no connection'})`);
      await new Promise((resume) => setTimeout(resume, 250));
    }
  };
  const post = (path: string, key: string, body: unknown = {}) => send('POST', path, key, body);
  const created = async (reply: Reply | Promise<Reply>) => {
    const { status, body } = await reply;
    // A refusal shows whole: its code and the fields it names.
    expect({ status, refusal: status === 201 ? undefined : body }).toEqual({ status: 201, refusal: undefined });
    return body;
  };
  const graphql = async (query: string): Promise<Body | undefined> => {
    const response = await fetch(`${renkei.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${leadKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }).catch(() => undefined);
    if (response?.status !== 200) return undefined;
    return ((await response.json()) as { data?: Body }).data;
  };
  const progressInReadModel = async (): Promise<string[]> => {
    const data = await graphql(`{ timeline(orderId: "${customerOrderId}") { eventId type } }`);
    const entries = (data?.['timeline'] ?? []) as Array<{ eventId: string; type: string }>;
    return entries.filter((entry) => entry.type === 'ProgressReported').map((entry) => entry.eventId);
  };

  it('runs the step-2 flow across the services, every write through the gateway', async () => {
    await created(post(`companies/${A}`, officeKey, { legalName: 'Okada Machining K.K.', roles: ['workshop'], timeZone: 'Asia/Tokyo', contactEmail: 'office@okada.example' }));
    secretA = (await created(post(`companies/${A}/credentials`, officeKey, { credentialId: `${A}-main`, role: 'workshop', label: 'office PC' })))['secret'] as string;
    // Another process (bom-exchange) learns of the credential from the log: wait until it opens the door there too.
    await waitFor('the credential to work at the bom-exchange service', async () => ((await send('GET', `boms/${productId}`, secretA)).status === 404 ? true : undefined), 20_000);

    const node = (nodeId: string, parentId: string | null, workshopId: string) => ({
      nodeId,
      parentId,
      kind: parentId === null ? 'assembly' : 'part',
      partNumber: `PN-${nodeId}`,
      description: nodeId.toLowerCase(),
      qtyPer: 1,
      makeOrBuy: 'make',
      routing: [{ opNo: 10, process: 'machining', workshopId }],
    });
    await created(post(`boms/${productId}/revisions`, leadKey, { revision: 1, nodes: [node('PUMP', null, LEAD), node('BRACKET', 'PUMP', A)] }));
    await created(
      post(`customer-orders/${customerOrderId}`, leadKey, {
        customerName: 'Tokai Pumps',
        customerRef: 'TP-2027-01',
        bomProductId: productId,
        bomRevision: 1,
        lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 100, dueDate: '2027-03-20' }],
      }),
    );
    await created(
      post(`rfqs/${rfqId}`, leadKey, {
        customerOrderId,
        lines: [{ lineNo: 1, part: { partNumber: 'PN-BRACKET', bomNodeId: 'BRACKET', description: 'bracket' }, quantity: 100, dueDate: '2027-03-01' }],
        answerDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        invited: [A],
      }),
    );
    await created(post(`rfqs/${rfqId}/quotes/q-a`, secretA, { lines: [{ lineNo: 1, unitPrice: { amount: '1250.75', currency: 'JPY' }, leadTimeDays: 15 }] }));
    await created(post(`rfqs/${rfqId}/award`, leadKey, { awards: [{ lineNo: 1, workshopId: A, quantity: 100 }] }));
    // The award becomes a purchase order through Kafka and the process managers' own process.
    await waitFor('the purchase order the award becomes', async () => ((await send('GET', `purchase-orders/${poId}`, secretA)).status === 200 ? true : undefined), 30_000);
    await created(post(`purchase-orders/${poId}/acceptance`, secretA));
    await waitFor('the work item, in the gateway’s read model', async () => ((await graphql(`{ workItem(poId: "${poId}", lineNo: 1) { status } }`))?.['workItem'] ? true : undefined), 30_000);
  }, 120_000);

  it('keeps every acknowledged report exactly once while work-progress, the active relay and the gateway are SIGKILLed', async () => {
    const acknowledged: string[] = [];
    let sent = 0;
    const reporting = (async () => {
      for (let index = 1; index <= REPORTS; index += 1) {
        const reply = await post(`work-items/${poId}/1/progress`, secretA, { status: 'in_progress', operation: 10, qtyGood: index, note: `report ${index}` });
        expect({ index, status: reply.status, code: reply.body['code'] }).toEqual({ index, status: 201, code: undefined });
        acknowledged.push(...(reply.body['eventIds'] as string[]));
        sent = index;
      }
    })();
    const whenSent = (count: number) => waitFor(`${count} reports sent`, async () => (sent >= count ? true : undefined), 120_000);
    /** How long after a restart everything acknowledged so far is in the read model. */
    const caughtUp = async (label: string, since: number) => {
      const expected = [...acknowledged];
      await waitFor(`${label}: the read model to hold every report acknowledged so far`, async () => {
        const applied = new Set(await progressInReadModel());
        return expected.every((id) => applied.has(id)) ? true : undefined;
      }, 60_000);
      return Date.now() - since;
    };
    const killAndRestart = async (name: ProcessName) => {
      await renkei.kill(name);
      const restartedAt = Date.now();
      renkei.restart(name);
      const ready = await renkei.waitUntilReady(name);
      timings.push(`${name}: SIGKILL → ready ${ready}, → read model caught up ${await caughtUp(name, restartedAt)}`);
    };

    await whenSent(10);
    await killAndRestart('work-progress');

    await whenSent(25);
    const active = await waitFor('PostgreSQL to name the active relay', activeRelay, 10_000);
    const standby: ProcessName = active === 'relay-a' ? 'relay-b' : 'relay-a';
    await renkei.kill(active);
    const failedOverAt = Date.now();
    await waitFor('the standby relay to take over', async () => ((await activeRelay()) === standby ? true : undefined), 30_000);
    const tookOver = Date.now() - failedOverAt;
    timings.push(`relay: SIGKILL of the active one → standby active ${tookOver}, → read model caught up ${await caughtUp('relay failover', failedOverAt)}`);
    renkei.restart(active);
    await renkei.waitUntilReady(active);

    await whenSent(40);
    await killAndRestart('gateway');

    await reporting;
    const started = Date.now();
    const all = [...acknowledged];
    const finalCatchUp = await caughtUp('the end', started);
    timings.push(`after the last report: read model complete ${finalCatchUp}`);

    // Nothing acknowledged is missing, nothing is there twice: in the log…
    const inLog = await db.query<{ id: string; copies: string }>(`SELECT event_id::text AS id, count(*) AS copies FROM "${eventSchema}".events WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`, [all]);
    expect(inLog.rows.length).toBe(all.length);
    expect(inLog.rows.filter((row) => row.copies !== '1')).toEqual([]);
    const reportsInLog = await db.query<{ count: string }>(`SELECT count(*) FROM "${eventSchema}".events WHERE stream_id LIKE $1 AND type = 'ProgressReported'`, [`work-${poId}%`]);
    expect(Number(reportsInLog.rows[0]?.count)).toBe(REPORTS);
    // …and in the read model (the timeline keeps one row per event; the answer lists each once).
    const inReadModel = await progressInReadModel();
    expect(inReadModel.length).toBe(REPORTS);
    expect(new Set(inReadModel)).toEqual(new Set(all));
    // The last report's counts are the work item's, and the award made exactly one purchase order.
    expect((await graphql(`{ workItem(poId: "${poId}", lineNo: 1) { qtyGood } }`))?.['workItem']).toEqual({ qtyGood: REPORTS });
    const orders = await db.query<{ count: string }>(`SELECT count(DISTINCT stream_id) FROM "${eventSchema}".events WHERE type = 'PurchaseOrderIssued' AND stream_id LIKE $1`, [`%${rfqId}%`]);
    expect(Number(orders.rows[0]?.count)).toBe(1);
  }, 300_000);

  it('drains on SIGTERM: every process stops by itself, exit code 0, well within the 30 s grace period', async () => {
    const outcomes = await renkei.stop();
    expect([...outcomes.keys()].sort()).toEqual(['bom-exchange', 'gateway', 'integration', 'network', 'orders', 'process-managers', 'quotes', 'relay-a', 'relay-b', 'work-progress']);
    for (const [name, { code, ms }] of outcomes) {
      expect({ name, code, withinGrace: ms < 25_000 }).toEqual({ name, code: 0, withinGrace: true });
    }
    timings.push(`SIGTERM drain: ${[...outcomes].map(([name, { ms }]) => `${name} ${ms}`).join(', ')}`);
  }, 60_000);

  /** The relay whose process holds the advisory lock, as PostgreSQL reports it. */
  async function activeRelay(): Promise<ProcessName | undefined> {
    const holders = await db.query<{ application_name: string }>(
      `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE $1`,
      [`renkei-relay/${eventSchema} pid=%`],
    );
    const pid = Number(holders.rows[0]?.application_name.split('pid=')[1]);
    return (['relay-a', 'relay-b'] as const).find((name) => renkei.pidOf(name) === pid);
  }
});
