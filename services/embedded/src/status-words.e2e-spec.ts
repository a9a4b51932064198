import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { DIRECTORY, type MemberDirectory } from '@renkei/service-kit';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';
import { openWorkItems } from './open-work-items';

const officeKey = 'words-office-key-0123456789ab';
const leadKey = 'words-lead-key-0123456789abc';
const apiKeys = `${officeKey}:consortium-office:coordinator,${leadKey}:lead-words:lead`;
const canonical = 'not_started, in_progress, completed, delayed, blocked';

type Json = Record<string, unknown>;
interface Answer {
  readonly status: number;
  readonly body: Json;
}
interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly allowed: string;
}

const registration = (roles: string[], legalName: string) => ({ legalName, roles, timeZone: 'Asia/Tokyo', contactEmail: 'office@example.jp' });
const errorsOf = (answer: Answer) => answer.body['errors'] as FieldError[];
const kato = { words: [{ word: '加工中', status: 'in_progress' }, { word: '完了', status: 'completed' }, { word: '遅れ', status: 'delayed' }] };

/** A workshop's own status words ("dialect"): declared in the network, understood where its progress reports arrive. */
describe('status words API', () => {
  const eventSchema = uniqueSchemaName('words_es');
  const readSchema = uniqueSchemaName('words_rm');
  const secret: Record<string, string> = {};
  let backbone: RunningBackbone;
  let directory: MemberDirectory;

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    directory = backbone.app.get<MemberDirectory>(DIRECTORY);
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  const call = async (method: 'GET' | 'POST', path: string, key: string, body?: unknown): Promise<Answer> => {
    const response = await fetch(`${backbone.url}/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text.length > 0 ? JSON.parse(text) : {}) as Json };
  };
  const report = (key: string, poId: string, status: unknown) => call('POST', `/work-items/${poId}/1/progress`, key, { status, qtyGood: 3 });
  const workItem = async (key: string, poId: string) => {
    const response = await fetch(`${backbone.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ workItem(poId: "${poId}", lineNo: 1) { status qtyGood reportedBy } }` }),
    });
    return ((await response.json()) as { data: { workItem: Json | null } }).data.workItem;
  };
  /** The progress endpoint reads words from the member directory, which folds the log a few milliseconds after a write. */
  /** A purchase order line of the lead's, accepted by `companyId`: a work item it reports on. */
  const openedLine = async (companyId: string) => {
    const poId = `PO-${randomUUID().slice(0, 8)}`;
    await openWorkItems({ baseUrl: backbone.url, lead: { key: leadKey, companyId: 'lead-words' }, workshop: { key: secret[companyId] as string, companyId }, purchaseOrderId: poId });
    return poId;
  };
  const untilWords = (companyId: string, count: number) =>
    waitFor(`${count} status words of ${companyId} in the directory`, async () => (Object.keys(directory.statusWordsOf(companyId)).length === count ? true : undefined), 5_000);

  beforeAll(async () => {
    for (const [companyId, roles, name] of [
      ['ws-kato', ['workshop'], '加藤工業'],
      ['ws-ito', ['workshop'], '伊藤メッキ'],
      ['lead-kanto', ['lead'], 'Kanto Pumps K.K.'],
    ] as const) {
      expect((await call('POST', `/companies/${companyId}`, officeKey, registration([...roles], name))).status).toBe(201);
    }
    for (const companyId of ['ws-kato', 'ws-ito']) {
      const issued = await call('POST', `/companies/${companyId}/credentials`, officeKey, { role: 'workshop', label: 'shop-floor tablet' });
      expect(issued.status).toBe(201);
      secret[companyId] = issued.body['secret'] as string;
      const key = secret[companyId];
      await waitFor(`the credential of ${companyId} to open the door`, async () => ((await call('GET', `/companies/${companyId}`, key)).status === 200 ? true : undefined), 5_000);
    }
  });

  it('a workshop declares its words; it and the office see them, another workshop sees nothing', async () => {
    const declared = await call('POST', '/companies/ws-kato/status-words', secret['ws-kato'] as string, kato);
    expect(declared.status).toBe(201);
    expect(declared.body['events']).toEqual(['StatusWordsDeclared']);

    expect((await call('GET', '/companies/ws-kato', secret['ws-kato'] as string)).body['statusWords']).toEqual(kato.words);
    expect((await call('GET', '/companies/ws-kato', officeKey)).body['statusWords']).toEqual(kato.words);
    const byOther = await call('GET', '/companies/ws-kato', secret['ws-ito'] as string);
    expect(byOther.status).toBe(404);
    expect(JSON.stringify(byOther.body)).not.toContain('加工中');
    expect((await call('GET', '/companies/ws-ito', officeKey)).body['statusWords']).toEqual([]);
  });

  it('refuses another workshop, a non-workshop, and a bad list naming every bad field', async () => {
    const byOther = await call('POST', '/companies/ws-kato/status-words', secret['ws-ito'] as string, { words: [] });
    expect([byOther.status, byOther.body['code']]).toEqual([403, 'NETWORK.NOT_ALLOWED']);
    const lead = await call('POST', '/companies/lead-kanto/status-words', officeKey, kato);
    expect([lead.status, lead.body['code']]).toEqual([422, 'NETWORK.ROLE_NOT_HELD']);

    const bad = await call('POST', '/companies/ws-kato/status-words', secret['ws-kato'] as string, {
      words: [{ word: 'completed', status: 'in_progress' }, { word: '休み', status: 'resting' }, { word: 'ｶﾝﾘｮｳ', status: 'completed' }, { word: 'カンリョウ', status: 'completed' }, { word: '' }],
      note: 'x',
    });
    expect(bad.status).toBe(400);
    expect(errorsOf(bad).map((error) => error.field)).toEqual(['words[0].word', 'words[1].status', 'words[3].word', 'words[4].word', 'words[4].status', 'note']);
    expect(errorsOf(bad)[0]?.rule).toMatch(/canonical status, which always means itself/);
    expect((await call('GET', '/companies/ws-kato', officeKey)).body['statusWords']).toEqual(kato.words);
  });

  it('a report in the workshop’s own word is recorded as the canonical status', async () => {
    await untilWords('ws-kato', 3);
    const poId = await openedLine('ws-kato');
    const reported = await report(secret['ws-kato'] as string, poId, '加工中');
    expect(reported.status).toBe(201);
    const seen = await waitFor('the report in GraphQL', async () => {
      const item = await workItem(secret['ws-kato'] as string, poId);
      return item?.['reportedBy'] === null ? undefined : (item ?? undefined);
    });
    expect(seen).toEqual({ status: 'in_progress', qtyGood: 3, reportedBy: 'ws-kato' });
    // Canonical words still mean themselves.
    expect((await report(secret['ws-kato'] as string, poId, 'completed')).status).toBe(201);
  });

  it('an unknown word is a 400 naming it, the workshop’s words and the canonical ones, and records nothing', async () => {
    const poId = await openedLine('ws-kato');
    const refused = await report(secret['ws-kato'] as string, poId, 'やすみ');
    expect(refused.status).toBe(400);
    expect(errorsOf(refused)).toEqual([{ field: 'status', rule: '"やすみ" is not a status word of this workshop', allowed: `this workshop's words: 加工中, 完了, 遅れ; canonical: ${canonical}` }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await workItem(secret['ws-kato'] as string, poId)).toEqual({ status: 'not_started', qtyGood: 0, reportedBy: null });
  });

  it('another workshop’s words do not apply: a workshop without words may only use canonical ones', async () => {
    const poId = await openedLine('ws-ito');
    const refused = await report(secret['ws-ito'] as string, poId, '加工中');
    expect(refused.status).toBe(400);
    expect(errorsOf(refused)).toEqual([{ field: 'status', rule: '"加工中" is not a status word of this workshop', allowed: `this workshop's words: none; canonical: ${canonical}` }]);
    expect((await report(secret['ws-ito'] as string, poId, 'in_progress')).status).toBe(201);
  });

  it('a new declaration replaces the old list: withdrawn words stop working', async () => {
    expect((await call('POST', '/companies/ws-kato/status-words', officeKey, { words: [{ word: '加工中', status: 'in_progress' }] })).status).toBe(201);
    await untilWords('ws-kato', 1);
    const poId = await openedLine('ws-kato');
    expect((await report(secret['ws-kato'] as string, poId, '加工中')).status).toBe(201);
    const withdrawn = await report(secret['ws-kato'] as string, poId, '完了');
    expect([withdrawn.status, errorsOf(withdrawn)[0]?.allowed]).toEqual([400, `this workshop's words: 加工中; canonical: ${canonical}`]);
  });
});
