import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { NETWORK_EVENT_SCHEMA_VERSIONS } from '@renkei/contracts';
import type { EventStore, JsonObject, RecordedEvent } from '@renkei/event-store';
import { companyStreamId, decide, evolve, initialCompany, type NetworkActor, type NetworkCommand, type NetworkEvent } from '@renkei/network';
import { AnswersOverdueScheduler } from '@renkei/quotes-service';
import { DIRECTORY, EVENT_STORE, type MemberDirectory } from '@renkei/service-kit';
import { dropSchema, maskId, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';

const keys = {
  lead: 'quotes-lead-key-0123456789ab',
  wsA: 'quotes-ws-a-key-0123456789ab',
  wsB: 'quotes-ws-b-key-0123456789ab',
  wsC: 'quotes-ws-c-key-0123456789ab',
  integrator: 'quotes-integrator-key-012345',
};
const apiKeys = [
  `${keys.lead}:lead-1:lead`,
  `${keys.wsA}:ws-a:workshop`,
  `${keys.wsB}:ws-b:workshop`,
  `${keys.wsC}:ws-c:workshop`,
  `${keys.integrator}:erp-vendor:integrator`,
].join(',');

const lines = [
  { lineNo: 1, part: { partNumber: 'PN-HOUSING', description: 'pump housing' }, quantity: 100, dueDate: '2027-03-01', drawingRefs: ['DWG-100 rev C'] },
  { lineNo: 2, part: { partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', description: 'drive shaft' }, quantity: 40, dueDate: '2027-03-15' },
];
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const priced = (amounts: readonly [string, string], leadTimeDays = 20) => ({
  lines: amounts.map((amount, index) => ({ lineNo: index + 1, unitPrice: { amount, currency: 'JPY' }, leadTimeDays })),
});
// Distinctive amounts, so a leak shows up in a raw response text.
const wsAFirst = ['1250.75', '830.15'] as const;
const wsARevised = ['1190.40', '805.55'] as const;
const wsBQuote = ['1277.25', '912.35'] as const;

type Reply = { status: number; etag: string | null; text: string; body: Record<string, unknown> };

/** Quotes over HTTP: RFQs, quotes and revisions, awards, per-party reads, and the overdue scheduler. */
describe('Quotes API', () => {
  const eventSchema = uniqueSchemaName('quotes_es');
  const readSchema = uniqueSchemaName('quotes_rm');
  const rfqId = `RFQ-${randomUUID().slice(0, 8)}`;
  const previousScanMs = process.env['RENKEI_OVERDUE_SCAN_MS'];
  let backbone: RunningBackbone;
  let store: EventStore;

  beforeAll(async () => {
    // The timer must not race the test's own scanNow(); an hour is never reached here.
    process.env['RENKEI_OVERDUE_SCAN_MS'] = '3600000';
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    store = backbone.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
    if (previousScanMs === undefined) delete process.env['RENKEI_OVERDUE_SCAN_MS'];
    else process.env['RENKEI_OVERDUE_SCAN_MS'] = previousScanMs;
  });

  /** `idempotencyKey: null` sends none; by default every POST gets a fresh one. */
  const call = async (method: 'GET' | 'POST', path: string, key: string, body?: unknown, options: { idempotencyKey?: string | null; ifMatch?: string } = {}): Promise<Reply> => {
    const idempotencyKey = options.idempotencyKey === undefined ? randomUUID() : options.idempotencyKey;
    const response = await fetch(`${backbone.url}/v1/rfqs/${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        ...(method === 'POST' && idempotencyKey !== null ? { 'idempotency-key': idempotencyKey } : {}),
        ...(options.ifMatch === undefined ? {} : { 'if-match': options.ifMatch }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, etag: response.headers.get('etag'), text, body: JSON.parse(text) as Record<string, unknown> };
  };
  const fieldsOf = (reply: Reply) => (reply.body['errors'] as Array<{ field: string }>).map((error) => error.field);
  const eventsOf = async (id: string, type: string) => (await store.readStream(`rfq-${id}`)).filter((event) => event.type === type);

  describe('an RFQ to named workshops, from issue to award', () => {
    it('the lead issues an RFQ to ws-a and ws-b; a retry with the same key is answered as before', async () => {
      const idempotencyKey = randomUUID();
      const body = { lines, answerDeadline: inDays(7), invited: ['ws-a', 'ws-b'] };
      const first = await call('POST', rfqId, keys.lead, body, { idempotencyKey });
      expect(first.status).toBe(201);
      expect(first.body['events']).toEqual(['RfqIssued']);
      expect(first.etag).toBe('"0"');
      const retry = await call('POST', rfqId, keys.lead, body, { idempotencyKey });
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual({ ...first.body, replayed: true });
      expect(await store.readStream(`rfq-${rfqId}`)).toHaveLength(1);
    });

    it('refuses invalid bodies listing every bad field (400), and records nothing', async () => {
      const otherId = `RFQ-${randomUUID().slice(0, 8)}`;
      const badRfq = await call(
        'POST',
        otherId,
        keys.lead,
        { lines: [{ ...lines[0], quantity: 0 }, { ...lines[1], dueDate: '2027-02-30' }], answerDeadline: 'next Friday', invited: ['ws-a', 'ws-a'], budget: '1000000' },
        { idempotencyKey: null },
      );
      expect(badRfq.status).toBe(400);
      expect(badRfq.body['code']).toBe('REQUEST.INVALID_INPUT');
      expect(fieldsOf(badRfq)).toEqual(
        expect.arrayContaining(['Idempotency-Key', 'lines[0].quantity', 'lines[1].dueDate', 'answerDeadline', 'invited[1]', 'budget']),
      );
      expect((await call('GET', otherId, keys.lead)).status).toBe(404);

      const badQuote = await call('POST', `${rfqId}/quotes/q-bad`, keys.wsA, {
        lines: [
          { lineNo: 1, unitPrice: { amount: 1250.5, currency: 'JPY' }, leadTimeDays: 10 },
          { lineNo: 2, unitPrice: { amount: '830', currency: 'yen' }, leadTimeDays: 0 },
        ],
        validUntil: '2027-01-01',
      });
      expect(badQuote.status).toBe(400);
      expect(fieldsOf(badQuote)).toEqual(['lines[0].unitPrice.amount', 'lines[1].unitPrice.currency', 'lines[1].leadTimeDays', 'validUntil']);
      expect(await store.readStream(`rfq-${rfqId}`)).toHaveLength(1);
    });

    it('ws-a quotes then revises, ws-b quotes; a retried quote is not recorded twice', async () => {
      const submitted = await call('POST', `${rfqId}/quotes/q-ws-a`, keys.wsA, priced(wsAFirst, 15));
      expect(submitted.status).toBe(201);
      expect(submitted.body['events']).toEqual(['QuoteSubmitted']);
      const revised = await call('POST', `${rfqId}/quotes/q-ws-a/revisions`, keys.wsA, priced(wsARevised, 18));
      expect(revised.status).toBe(201);
      expect(revised.body['events']).toEqual(['QuoteRevised']);

      const idempotencyKey = randomUUID();
      const wsB = await call('POST', `${rfqId}/quotes/q-ws-b`, keys.wsB, priced(wsBQuote, 25), { idempotencyKey });
      expect(wsB.status).toBe(201);
      const retry = await call('POST', `${rfqId}/quotes/q-ws-b`, keys.wsB, priced(wsBQuote, 25), { idempotencyKey });
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual({ ...wsB.body, replayed: true });
      expect(await eventsOf(rfqId, 'QuoteSubmitted')).toHaveLength(2);
    });

    it('a workshop that was not invited is answered as for an RFQ that does not exist (404, the same body); an integrator sees nothing', async () => {
      const missingId = `RFQ-NONE-${randomUUID().slice(0, 8)}`;
      const writes = [
        ['quotes/q-ws-c', priced(['1.00', '1.00'])],
        ['decline', { reason: 'busy' }],
        ['cancellation', { reason: 'not mine' }],
      ] as const;
      for (const [path, body] of writes) {
        const outsider = await call('POST', `${rfqId}/${path}`, keys.wsC, body);
        const missing = await call('POST', `${missingId}/${path}`, keys.wsC, body);
        expect([outsider.status, outsider.body['code']]).toEqual([404, 'QUOTES.RFQ_NOT_FOUND']);
        expect(maskId(outsider.body, rfqId)).toEqual(maskId(missing.body, missingId));
      }
      const peek = await call('GET', rfqId, keys.wsC);
      expect(peek.status).toBe(404);
      expect(peek.text).not.toContain('PN-HOUSING');
      expect((await call('GET', rfqId, keys.integrator)).status).toBe(404);
      const byIntegrator = await call('POST', `${rfqId}/quotes/q-erp`, keys.integrator, priced(['1.00', '1.00']));
      expect(byIntegrator.status).toBe(403);
      expect(byIntegrator.body['code']).toBe('QUOTES.NOT_A_WORKSHOP');
    });

    it('ws-b sees what is asked and only its own quote: none of ws-a’s prices or even its name reach it', async () => {
      const wsB = await call('GET', rfqId, keys.wsB);
      expect(wsB.status).toBe(200);
      expect(wsB.body).toMatchObject({ view: 'workshop', status: 'Open', rfqId, issuedBy: 'lead-1' });
      expect(wsB.body['lines']).toHaveLength(2);
      expect(wsB.body['quote']).toMatchObject({ quoteId: 'q-ws-b', workshopId: 'ws-b', revisions: [{ revision: 1 }] });
      for (const amount of [...wsAFirst, ...wsARevised]) expect(wsB.text).not.toContain(amount);
      expect(wsB.text).not.toContain('ws-a');
      expect(wsB.text).not.toContain('invited');

      const wsA = await call('GET', rfqId, keys.wsA);
      expect(wsA.body['quote']).toMatchObject({ quoteId: 'q-ws-a', revisions: [{ revision: 1 }, { revision: 2 }], latest: { revision: 2 } });
      for (const amount of wsBQuote) expect(wsA.text).not.toContain(amount);
    });

    it('the lead sees both quotes with every revision', async () => {
      const lead = await call('GET', rfqId, keys.lead);
      expect(lead.status).toBe(200);
      expect(lead.body).toMatchObject({ view: 'issuer', status: 'Open', rfq: { rfqId, invited: ['ws-a', 'ws-b'], selection: 'invited' } });
      const quotes = lead.body['quotes'] as Array<{ workshopId: string; revisions: Array<{ revision: number; lines: Array<{ unitPrice: { amount: string } }> }> }>;
      expect(quotes.map((quote) => quote.workshopId)).toEqual(['ws-a', 'ws-b']);
      expect(quotes[0]?.revisions.map((revision) => revision.lines.map((line) => line.unitPrice.amount))).toEqual([[...wsAFirst], [...wsARevised]]);
      expect(quotes[1]?.revisions.map((revision) => revision.lines.map((line) => line.unitPrice.amount))).toEqual([[...wsBQuote]]);
    });

    it('the lead awards line 1 split between ws-a and ws-b and line 2 to ws-a, at the latest revision’s prices; If-Match guards it', async () => {
      const awards = {
        awards: [
          { lineNo: 1, workshopId: 'ws-a', quantity: 60 },
          { lineNo: 1, workshopId: 'ws-b', quantity: 40 },
          { lineNo: 2, workshopId: 'ws-a', quantity: 40 },
        ],
      };
      expect((await call('POST', `${rfqId}/award`, keys.wsA, awards)).body['code']).toBe('QUOTES.NOT_THE_ISSUER');
      const current = await call('GET', rfqId, keys.lead);
      const stale = await call('POST', `${rfqId}/award`, keys.lead, awards, { ifMatch: '"0"' });
      expect(stale.status).toBe(412);
      const awarded = await call('POST', `${rfqId}/award`, keys.lead, awards, { ifMatch: current.etag as string });
      expect(awarded.status).toBe(201);
      expect(awarded.body['events']).toEqual(['RfqAwarded']);

      const [event] = await eventsOf(rfqId, 'RfqAwarded');
      expect(event?.data).toMatchObject({
        rfqId,
        awardedBy: 'lead-1',
        unawardedLines: [],
        awards: [
          { lineNo: 1, workshopId: 'ws-a', quantity: 60, quoteId: 'q-ws-a', quoteRevision: 2, unitPrice: { amount: wsARevised[0], currency: 'JPY' }, leadTimeDays: 18 },
          { lineNo: 1, workshopId: 'ws-b', quantity: 40, quoteId: 'q-ws-b', quoteRevision: 1, unitPrice: { amount: wsBQuote[0], currency: 'JPY' }, leadTimeDays: 25 },
          { lineNo: 2, workshopId: 'ws-a', quantity: 40, quoteId: 'q-ws-a', quoteRevision: 2, unitPrice: { amount: wsARevised[1], currency: 'JPY' }, leadTimeDays: 18 },
        ],
      });

      const wsB = await call('GET', rfqId, keys.wsB);
      expect(wsB.body).toMatchObject({ status: 'Awarded', awards: [{ lineNo: 1, workshopId: 'ws-b', quantity: 40 }] });
      expect(wsB.text).not.toContain(wsARevised[0]);
    });

    it('refuses a quote after the award (409)', async () => {
      const late = await call('POST', `${rfqId}/quotes/q-ws-a/revisions`, keys.wsA, priced(['999.00', '799.00']));
      expect(late.status).toBe(409);
      expect(late.body['code']).toBe('QUOTES.ALREADY_AWARDED');
      expect(await eventsOf(rfqId, 'QuoteRevised')).toHaveLength(1);
    });
  });

  describe('cancelling an RFQ', () => {
    const cancelledId = `RFQ-${randomUUID().slice(0, 8)}`;

    it('only the issuing lead cancels; the invited workshop then sees why and can no longer quote', async () => {
      expect((await call('POST', cancelledId, keys.lead, { lines, answerDeadline: inDays(3), invited: ['ws-c'] })).status).toBe(201);
      const byWorkshop = await call('POST', `${cancelledId}/cancellation`, keys.wsC, { reason: 'not mine to cancel' });
      expect(byWorkshop.status).toBe(403);
      expect(byWorkshop.body['code']).toBe('QUOTES.NOT_THE_ISSUER');
      const cancelled = await call('POST', `${cancelledId}/cancellation`, keys.lead, { reason: 'customer withdrew the order' });
      expect(cancelled.status).toBe(201);
      expect(cancelled.body['events']).toEqual(['RfqCancelled']);
      expect((await call('GET', cancelledId, keys.wsC)).body).toMatchObject({ status: 'Cancelled', cancellation: { reason: 'customer withdrew the order' } });
      const quote = await call('POST', `${cancelledId}/quotes/q-ws-c`, keys.wsC, priced(['10.00', '20.00']));
      expect(quote.status).toBe(409);
      expect(quote.body['code']).toBe('QUOTES.CANCELLED');
    });
  });

  describe('answers overdue', () => {
    const overdueId = `RFQ-${randomUUID().slice(0, 8)}`;

    it('after the deadline a scan records which invited workshop stayed silent; a second scan records nothing more', async () => {
      const scheduler = backbone.app.get(AnswersOverdueScheduler);
      const deadline = new Date(Date.now() + 3000);
      const issued = await call('POST', overdueId, keys.lead, { lines, answerDeadline: deadline.toISOString(), invited: ['ws-a', 'ws-b', 'ws-c'] });
      expect(issued.status).toBe(201);
      expect((await call('POST', `${overdueId}/quotes/q-ws-a`, keys.wsA, priced(['100.00', '200.00']))).status).toBe(201);
      expect((await call('POST', `${overdueId}/decline`, keys.wsC, { reason: 'machine down until January' })).status).toBe(201);

      // Before the deadline a scan leaves this RFQ alone.
      expect((await scheduler.scanNow(new Date())).map((result) => result.rfqId)).not.toContain(overdueId);
      await waitFor('the answer deadline to pass', async () => (Date.now() > deadline.getTime() + 50 ? true : undefined), 10_000);

      const late = await call('POST', `${overdueId}/quotes/q-ws-b`, keys.wsB, priced(['90.00', '190.00']));
      expect(late.status).toBe(422);
      expect(late.body['code']).toBe('QUOTES.DEADLINE_PASSED');

      const first = await scheduler.scanNow(new Date());
      expect(first).toContainEqual({ rfqId: overdueId, recorded: ['RfqAnswerOverdue'] });
      const overdue = await eventsOf(overdueId, 'RfqAnswerOverdue');
      expect(overdue).toHaveLength(1);
      expect(overdue[0]?.data).toMatchObject({ rfqId: overdueId, rfqIssuedBy: 'lead-1', missing: ['ws-b'], answerDeadline: deadline.toISOString() });
      expect(overdue[0]?.metadata['idempotencyName']).toBe(`scheduler/answers-overdue/${overdueId}`);

      const second = await scheduler.scanNow(new Date());
      expect(second.filter((result) => result.recorded.length > 0)).toEqual([]);
      expect(await eventsOf(overdueId, 'RfqAnswerOverdue')).toHaveLength(1);
      expect((await call('GET', overdueId, keys.lead)).body).toMatchObject({ overdue: { missing: ['ws-b'] } });
    });
  });

  describe('an RFQ matched by capability', () => {
    const coordinator: NetworkActor = { companyId: 'kanto-office', role: 'coordinator' };
    const matchedId = `RFQ-${randomUUID().slice(0, 8)}`;

    /**
     * Fixture setup: the network API is being built in parallel, so the directory is
     * seeded by appending the network context's own decisions straight to the event store.
     */
    async function seedWorkshop(companyId: string, capabilities: Array<{ process: 'milling' | 'turning'; materials: string[] }>, certifiedAt: Date | null) {
      const now = certifiedAt ?? new Date();
      const commands: NetworkCommand[] = [
        {
          type: 'RegisterCompany',
          data: { companyId, legalName: `${companyId} Co., Ltd.`, roles: ['workshop'], timeZone: 'Asia/Tokyo', contactEmail: `office@${companyId}.example` },
          metadata: { actor: coordinator, now },
        },
        {
          type: 'DeclareCapabilities',
          data: { companyId, capabilities: capabilities.map((capability) => ({ ...capability, maxSizeMm: null })) },
          metadata: { actor: coordinator, now },
        },
        ...(certifiedAt === null
          ? []
          : [
              {
                type: 'GrantCertification' as const,
                data: { companyId, certificationId: 'jisq9100', kind: 'standard' as const, name: 'JIS Q 9100', scopeProcess: capabilities[0]?.process ?? 'milling' },
                metadata: { actor: coordinator, now: certifiedAt },
              },
            ]),
      ];
      let state = initialCompany;
      const events: NetworkEvent[] = [];
      for (const command of commands) {
        for (const event of decide(command, state)) {
          events.push(event);
          state = evolve(state, event);
        }
      }
      await store.appendToStream(
        companyStreamId(companyId),
        events.map((event) => ({
          id: randomUUID(),
          type: event.type,
          data: event.data as unknown as JsonObject,
          metadata: { companyId: coordinator.companyId, schemaVersion: NETWORK_EVENT_SCHEMA_VERSIONS[event.type] },
        })),
        { expectedRevision: 'no_stream' },
      );
    }

    beforeAll(async () => {
      const threeYearsAgo = new Date(Date.now() - 3 * 365 * 86_400_000);
      await seedWorkshop('ws-a', [{ process: 'milling', materials: ['SUS304', 'A5052'] }], new Date());
      await seedWorkshop('ws-b', [{ process: 'milling', materials: ['SUS304'] }], null); // capable, not certified
      await seedWorkshop('ws-c', [{ process: 'turning', materials: ['SUS304'] }], new Date()); // certified, other process
      await seedWorkshop('ws-lapsed', [{ process: 'milling', materials: ['SUS304'] }], threeYearsAgo); // certificate expired
      const directory = backbone.app.get<MemberDirectory>(DIRECTORY);
      await waitFor('the directory to list the seeded workshops', async () => (directory.workshopsAt(new Date()).length >= 4 ? true : undefined));
    });

    it('invites only the workshops that mill SUS304 and hold a valid JIS Q 9100', async () => {
      const body = { lines, answerDeadline: inDays(5), match: { process: 'milling', material: 'sus304', certification: 'JIS Q 9100' } };
      const issued = await call('POST', matchedId, keys.lead, body);
      expect(issued.status).toBe(201);
      const lead = await call('GET', matchedId, keys.lead);
      expect(lead.body).toMatchObject({ rfq: { invited: ['ws-a'], selection: 'matched', matchCriteria: { process: 'milling', material: 'sus304', certification: 'JIS Q 9100' } } });

      expect((await call('GET', matchedId, keys.wsA)).status).toBe(200);
      expect((await call('GET', matchedId, keys.wsB)).status).toBe(404);
      expect((await call('POST', `${matchedId}/quotes/q-ws-a`, keys.wsA, priced(['500.00', '600.00']))).status).toBe(201);
      expect((await call('POST', `${matchedId}/quotes/q-ws-b`, keys.wsB, priced(['400.00', '500.00']))).body['code']).toBe('QUOTES.RFQ_NOT_FOUND');
    });

    it('refuses a match nobody can serve (422), recording nothing', async () => {
      const otherId = `RFQ-${randomUUID().slice(0, 8)}`;
      const refused = await call('POST', otherId, keys.lead, { lines, answerDeadline: inDays(5), match: { process: 'milling', material: 'Ti-6Al-4V' } });
      expect(refused.status).toBe(422);
      expect(refused.body['code']).toBe('QUOTES.NO_MATCHING_WORKSHOP');
      expect((await store.readStream(`rfq-${otherId}`)) as RecordedEvent[]).toEqual([]);
    });
  });
});
