import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { loadConfig } from '@renkei/config';
import { describeWithKafka, dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';
import { openWorkItems } from './open-work-items';

const keys = { lead: 'lead-key-0123456789abcdef', okada: 'okada-key-0123456789abcdef', mori: 'mori-key-0123456789abcdef' };
const apiKeys = `${keys.lead}:lead-1:lead,${keys.okada}:ws-okada:workshop,${keys.mori}:ws-mori:workshop`;

/** The walking skeleton, over HTTP: a workshop posts progress, the lead sees it in GraphQL. */
function describeSkeleton(mode: string, kafkaBrokers: () => string | undefined): void {
  describe(`walking skeleton (${mode})`, () => {
    const eventSchema = uniqueSchemaName('e2e_es');
    const readSchema = uniqueSchemaName('e2e_rm');
    const poId = `PO-${randomUUID().slice(0, 8)}`;
    let backbone: RunningBackbone;

    beforeAll(async () => {
      const brokers = kafkaBrokers();
      const config = loadConfig({
        DATABASE_URL: testDatabaseUrl(),
        PORT: '0',
        RENKEI_EVENT_SCHEMA: eventSchema,
        RENKEI_READ_SCHEMA: readSchema,
        ...(brokers ? { KAFKA_BROKERS: brokers } : {}),
      });
      backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
      expect(backbone.mode).toBe(brokers ? 'kafka' : 'embedded-bus');
      const lines = 7;
      await openWorkItems({ baseUrl: backbone.url, lead: { key: keys.lead, companyId: 'lead-1' }, workshop: { key: keys.okada, companyId: 'ws-okada' }, purchaseOrderId: poId, lines });
    });
    afterAll(async () => {
      await backbone?.stop();
      await dropSchema(eventSchema);
      await dropSchema(readSchema);
    });

    const report = (key: string, body: unknown, idempotencyKey: string | null = randomUUID(), line = 1) =>
      fetch(`${backbone.url}/v1/work-items/${poId}/${line}/progress`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
        body: JSON.stringify(body),
      });
    const workItem = async (key: string, line = 1) => {
      const response = await fetch(`${backbone.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ workItem(poId: "${poId}", lineNo: ${line}) { status qtyGood qtyScrap eta updatedAt reportedBy } }` }),
      });
      return (await response.json()) as { data?: { workItem: null | Record<string, unknown> }; errors?: Array<{ extensions: { code: string } }> };
    };

    it('a posted progress update appears in the lead’s GraphQL answer', async () => {
      const response = await report(keys.okada, { status: 'in_progress', qtyGood: 40, qtyScrap: 1, eta: '2026-11-28', note: 'op 20 done' });
      expect(response.status).toBe(201);
      expect(response.headers.get('etag')).toBe('"1"'); // revision 0 is the item's opening
      const seen = await waitFor('the report in GraphQL', async () => {
        const item = (await workItem(keys.lead)).data?.workItem;
        return item?.['reportedBy'] === null ? undefined : (item ?? undefined);
      });
      expect(seen).toMatchObject({ status: 'in_progress', qtyGood: 40, qtyScrap: 1, eta: '2026-11-28', reportedBy: 'ws-okada' });
      expect(Number.isNaN(Date.parse(seen['updatedAt'] as string))).toBe(false);
    });

    it('a retried POST with the same Idempotency-Key is answered as before and recorded once', async () => {
      const key = randomUUID();
      const body = { status: 'completed', qtyGood: 100, qtyScrap: 2 };
      const first = await report(keys.okada, body, key);
      const retry = await report(keys.okada, body, key);
      expect(first.status).toBe(201);
      expect(retry.status).toBe(200);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await retry.json()).toEqual({ ...((await first.json()) as object), replayed: true });
      const misuse = await report(keys.okada, { ...body, qtyGood: 99 }, key);
      expect(misuse.status).toBe(422);
      const stale = await fetch(`${backbone.url}/v1/work-items/${poId}/1/progress`, {
        method: 'POST',
        headers: { authorization: `Bearer ${keys.okada}`, 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'if-match': '"0"' },
        body: JSON.stringify({ status: 'completed', qtyGood: 101 }),
      });
      expect(stale.status).toBe(412);
      await waitFor('the completion in GraphQL', async () => ((await workItem(keys.lead)).data?.workItem?.['status'] === 'completed' ? true : undefined));
      expect((await workItem(keys.lead)).data?.workItem).toMatchObject({ qtyGood: 100, qtyScrap: 2 });
    });

    it('invalid input gets 400 problem details naming each bad field, and records nothing', async () => {
      const response = await report(keys.okada, { status: 'finished', qtyGood: -3, eta: 'next week' }, null, 2);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as { status: number; errors: Array<{ field: string; rule: string; allowed: string }> };
      expect(problem.status).toBe(400);
      expect(problem.errors.map((error) => error.field)).toEqual(['Idempotency-Key', 'status', 'qtyGood', 'eta']);
      expect(problem.errors.every((error) => error.rule.length > 0 && error.allowed.length > 0)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await workItem(keys.lead, 2)).data?.workItem).toMatchObject({ status: 'not_started', reportedBy: null });
    });

    if (kafkaBrokers()) {
      it('publishes the report on renkei.work-progress.v1, keyed by work item, continuing the caller’s trace', async () => {
        const traceId = randomUUID().replace(/-/g, '');
        const posted = await fetch(`${backbone.url}/v1/work-items/${poId}/7/progress`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${keys.okada}`,
            'content-type': 'application/json',
            'idempotency-key': randomUUID(),
            traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
          },
          body: JSON.stringify({ status: 'delayed', delayReasonCode: 'material', eta: '2026-12-01', note: 'material late' }),
        });
        expect(posted.status).toBe(201);
        const kafka = new Kafka({ brokers: kafkaBrokers()!.split(','), clientId: 'e2e-probe', logLevel: logLevel.NOTHING });
        const consumer = kafka.consumer({ groupId: `e2e-probe-${randomUUID()}`, maxWaitTimeInMs: 200 });
        const found: KafkaMessage[] = [];
        await consumer.connect();
        await consumer.subscribe({ topic: 'renkei.work-progress.v1', fromBeginning: true });
        // The line's stream also holds its opening (another request, another trace): look for the report.
        const isTheReport = (message: KafkaMessage) =>
          message.key?.toString() === `work-${poId}-7` && message.headers?.['ce_type']?.toString() === 'renkei.work-progress.ProgressReported.v2';
        await consumer.run({ eachMessage: async ({ message }) => void (isTheReport(message) && found.push(message)) });
        try {
          const [message] = await waitFor('the report on Kafka', async () => (found.length > 0 ? found : undefined));
          expect(message!.headers?.['traceparent']?.toString()).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
          expect(message!.headers?.['ce_type']?.toString()).toBe('renkei.work-progress.ProgressReported.v2');
          expect(JSON.parse(message!.value!.toString())).toMatchObject({ poId, lineNo: 7, status: 'delayed', eta: '2026-12-01', reportedBy: 'ws-okada' });
        } finally {
          await consumer.disconnect();
        }
      });
    }

    it('refuses callers without a valid key, and another workshop does not see the item', async () => {
      const anonymous = await fetch(`${backbone.url}/v1/work-items/${poId}/1/progress`, { method: 'POST', body: '{}' });
      expect(anonymous.status).toBe(401);
      expect((await report('not-a-real-key-000000', { status: 'completed' })).status).toBe(401);
      expect((await workItem('not-a-real-key-000000')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect((await workItem(keys.mori)).data?.workItem).toBeNull();
      expect((await workItem(keys.okada)).data?.workItem).toMatchObject({ reportedBy: 'ws-okada' });
    });

    it('another workshop or the lead cannot report on a workshop’s line, and the line is unchanged', async () => {
      const before = (await workItem(keys.lead)).data?.workItem;
      // A stranger is told what it would be told of a line that does not exist.
      const byOtherWorkshop = await report(keys.mori, { status: 'completed', qtyGood: 1 });
      expect(byOtherWorkshop.status).toBe(404);
      const problem = (await byOtherWorkshop.json()) as { code: string; detail: string };
      expect(problem.code).toBe('WORK.NOT_OPEN');
      const nowhere = await fetch(`${backbone.url}/v1/work-items/NO-${poId}/1/progress`, {
        method: 'POST',
        headers: { authorization: `Bearer ${keys.mori}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ status: 'completed', qtyGood: 1 }),
      });
      expect(((await nowhere.json()) as { detail: string }).detail).toBe(problem.detail.replace(poId, `NO-${poId}`));
      // The buyer knows the line: it is told that reporting is a workshop's.
      const byBuyer = await report(keys.lead, { status: 'completed' });
      expect(byBuyer.status).toBe(403);
      expect(((await byBuyer.json()) as { code: string }).code).toBe('WORK.NOT_A_WORKSHOP');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await workItem(keys.lead)).data?.workItem).toEqual(before);
    });
  });
}

describeSkeleton('embedded: in-process bus, no Kafka', () => undefined);

describe('start-up', () => {
  it('refuses a second lead contractor rather than show it the first one’s work', async () => {
    const twoLeads = `${apiKeys},other-lead-key-0123456789:lead-2:lead`;
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0' });
    await expect(startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, twoLeads)).rejects.toThrow(/2 lead companies \(lead-1, lead-2\)/);
  });
});
describeWithKafka('walking skeleton over Kafka', (brokers) => describeSkeleton('Kafka', () => brokers.join(',')));
