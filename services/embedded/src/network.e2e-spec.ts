import { createHash, randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';

const officeKey = 'net-office-key-0123456789abcd';
const apiKeys = `${officeKey}:consortium-office:coordinator`;

type Json = Record<string, unknown>;
interface Answer {
  readonly status: number;
  readonly etag: string | null;
  readonly body: Json;
}

const registration = (roles: string[], legalName: string) => ({ legalName, roles, timeZone: 'Asia/Tokyo', contactEmail: 'office@example.jp' });
const fieldsOf = (answer: Answer) => (answer.body['errors'] as Array<{ field: string }>).map((error) => error.field);
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The member directory and credentials over HTTP: the office registers members and issues credentials; members act with them. */
describe('network API', () => {
  const eventSchema = uniqueSchemaName('net_es');
  const readSchema = uniqueSchemaName('net_rm');
  const rawResponses: string[] = [];
  const secrets: string[] = [];
  let backbone: RunningBackbone;

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  const call = async (method: 'GET' | 'POST', path: string, key: string, body?: unknown, extra: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${backbone.url}/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}), ...extra },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    rawResponses.push(text);
    return { status: response.status, etag: response.headers.get('etag'), body: (text.length > 0 ? JSON.parse(text) : {}) as Json };
  };
  const issue = async (companyId: string, body: Json, key = officeKey) => {
    const answer = await call('POST', `/companies/${companyId}/credentials`, key, body);
    if (typeof answer.body['secret'] === 'string') secrets.push(answer.body['secret']);
    return answer;
  };
  /** The directory folds the log a few milliseconds after a write: wait until the secret opens (or stops opening) the door. */
  const untilStatus = (key: string, path: string, status: number) =>
    waitFor(`GET ${path} to answer ${status}`, async () => ((await call('GET', path, key)).status === status ? true : undefined), 5_000);

  it('the office registers a lead and two workshops; a second registration is 409; a bad body lists every bad field', async () => {
    expect((await call('POST', '/companies/lead-kanto', officeKey, registration(['lead'], 'Kanto Pumps K.K.'))).status).toBe(201);
    const okada = await call('POST', '/companies/ws-okada', officeKey, registration(['workshop'], '岡田製作所'));
    expect(okada.status).toBe(201);
    expect(okada.body['events']).toEqual(['CompanyRegistered']);
    expect((await call('POST', '/companies/ws-sato', officeKey, registration(['workshop'], 'Sato Sheet Metal'))).status).toBe(201);

    const again = await call('POST', '/companies/ws-okada', officeKey, registration(['workshop'], '岡田製作所'));
    expect(again.status).toBe(409);
    expect(again.body['code']).toBe('NETWORK.ALREADY_REGISTERED');

    const bad = await call('POST', '/companies/ws-bad', officeKey, { companyId: 'ws-other', legalName: ' ', roles: ['supplier'], timeZone: '+09:00', fax: '03' });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(['companyId', 'legalName', 'roles[0]', 'timeZone', 'contactEmail', 'fax']);
    expect((await call('GET', '/companies/ws-bad', officeKey)).status).toBe(404);
  });

  it('the office declares capabilities and grants certifications; renewal is capped at 3 years and an instructor certification is not renewed', async () => {
    const capabilities = [{ process: 'milling', materials: ['SUS304', 'A5052'], maxSizeMm: { x: 600, y: 400, z: 300 } }];
    expect((await call('POST', '/companies/ws-okada/capabilities', officeKey, { capabilities })).status).toBe(201);
    expect((await call('POST', '/companies/ws-sato/capabilities', officeKey, { capabilities: [{ process: 'sheet-metal', materials: ['SPCC'] }] })).status).toBe(201);
    const badCapabilities = await call('POST', '/companies/ws-okada/capabilities', officeKey, { capabilities: [{ process: 'laser', materials: [], maxSizeMm: 5 }], note: 'x' });
    expect(badCapabilities.status).toBe(400);
    expect(fieldsOf(badCapabilities)).toEqual(['capabilities[0].process', 'capabilities[0].materials', 'capabilities[0].maxSizeMm', 'note']);
    const leadCapabilities = await call('POST', '/companies/lead-kanto/capabilities', officeKey, { capabilities });
    expect(leadCapabilities.body['code']).toBe('NETWORK.ROLE_NOT_HELD');

    const grant = (certificationId: string, kind: string, name: string) =>
      call('POST', '/companies/ws-okada/certifications', officeKey, { certificationId, kind, name, scopeProcess: 'milling' });
    expect((await grant('jisq9100', 'standard', 'JIS Q 9100')).status).toBe(201);
    expect((await grant('welding-instructor', 'instructor', 'WES 8103 instructor')).status).toBe(201);
    expect((await grant('jisq9100', 'standard', 'JIS Q 9100')).status).toBe(409);

    const renew = (certificationId: string) => call('POST', `/companies/ws-okada/certifications/${certificationId}/renewal`, officeKey);
    const first = await renew('jisq9100');
    expect(first.status).toBe(201);
    expect(first.body['events']).toEqual(['CertificationRenewed']);
    // Granted for 1 year, renewed to 2, then to 3: the fourth year is past the cap counted from the first grant.
    expect((await renew('jisq9100')).status).toBe(201);
    const capped = await renew('jisq9100');
    expect(capped.status).toBe(422);
    expect(capped.body['code']).toBe('NETWORK.RENEWAL_LIMIT_REACHED');
    const instructor = await renew('welding-instructor');
    expect(instructor.status).toBe(422);
    expect(instructor.body['code']).toBe('NETWORK.NOT_RENEWABLE');
    expect((await renew('no-such-cert')).status).toBe(404);

    const view = await call('GET', '/companies/ws-okada', officeKey);
    const jis = (view.body['certifications'] as Json[]).find((certification) => certification['certificationId'] === 'jisq9100') as Json;
    expect(jis['validNow']).toBe(true);
    expect(Date.parse(jis['validUntil'] as string) - Date.parse(jis['grantedAt'] as string)).toBeGreaterThan(2.9 * 365 * 24 * 3600 * 1000);
  });

  it('issues a credential: the secret is shown once, a replay returns the same credential without it, and only a coordinator issues', async () => {
    const idempotencyKey = randomUUID();
    const body = { credentialId: 'okada-tablet', role: 'workshop', label: 'shop-floor tablet' };
    const first = await call('POST', '/companies/ws-okada/credentials', officeKey, body, { 'idempotency-key': idempotencyKey });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ credentialId: 'okada-tablet', events: ['CredentialIssued'] });
    const secret = first.body['secret'] as string;
    secrets.push(secret);
    expect(secret).toMatch(/^rk_[A-Za-z0-9_-]{43}$/);

    const replay = await call('POST', '/companies/ws-okada/credentials', officeKey, body, { 'idempotency-key': idempotencyKey });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ credentialId: 'okada-tablet', replayed: true, eventIds: first.body['eventIds'] });
    expect(replay.body).not.toHaveProperty('secret');
    expect(replay.body['note']).toMatch(/shown once/);

    // Without an id, the server derives one from the Idempotency-Key, so a retry names the same credential.
    const unnamedKey = randomUUID();
    const unnamed = await call('POST', '/companies/ws-sato/credentials', officeKey, { role: 'workshop', label: 'office PC' }, { 'idempotency-key': unnamedKey });
    secrets.push(unnamed.body['secret'] as string);
    const unnamedReplay = await call('POST', '/companies/ws-sato/credentials', officeKey, { role: 'workshop', label: 'office PC' }, { 'idempotency-key': unnamedKey });
    expect([unnamed.status, unnamedReplay.status]).toEqual([201, 200]);
    expect(unnamed.body['credentialId']).toMatch(/^cred-[0-9a-f]{20}$/);
    expect(unnamedReplay.body['credentialId']).toBe(unnamed.body['credentialId']);

    const invalid = await issue('ws-okada', { credentialId: 'tablet 2', role: 'admin', label: '', secretHash: sha256('mine'), secret: 'mine' });
    expect(invalid.status).toBe(400);
    expect(fieldsOf(invalid).sort()).toEqual(['credentialId', 'label', 'role', 'secret', 'secretHash']);
    const wrongRole = await issue('ws-okada', { role: 'coordinator', label: 'x' });
    expect([wrongRole.status, wrongRole.body['code']]).toEqual([422, 'NETWORK.ROLE_NOT_HELD']);
    const lead = await issue('lead-kanto', { role: 'lead', label: 'second lead' });
    expect([lead.status, lead.body['code']]).toEqual([422, 'NETWORK.LEAD_CREDENTIAL_NOT_ISSUED']);
  });

  it('a workshop acts with its issued secret: reads itself, reports progress, declares its capabilities, reads the directory', async () => {
    const okada = secrets[0] as string;
    await untilStatus(okada, '/companies/ws-okada', 200);
    const self = await call('GET', '/companies/ws-okada', okada);
    expect(self.body).toMatchObject({ companyId: 'ws-okada', roles: ['workshop'], legalName: '岡田製作所' });
    expect(self.body['credentials']).toEqual([{ credentialId: 'okada-tablet', role: 'workshop', label: 'shop-floor tablet', issuedAt: expect.any(String), revokedAt: null }]);

    // The issued secret opens the progress endpoint: the answer comes from the domain (no such line), not the door.
    const poId = `PO-${randomUUID().slice(0, 8)}`;
    const progress = await call('POST', `/work-items/${poId}/1/progress`, okada, { status: 'in_progress', qtyGood: 12, note: 'op 10 done' });
    expect([progress.status, progress.body['code']]).toEqual([404, 'WORK.NOT_OPEN']);

    const ownCapabilities = { capabilities: [{ process: 'milling', materials: ['SUS304'], maxSizeMm: null }] };
    const own = await call('POST', '/companies/ws-okada/capabilities', okada, ownCapabilities, { 'if-match': self.etag as string });
    expect(own.status).toBe(201);
    expect((await call('POST', '/companies/ws-okada/capabilities', okada, { capabilities: [] }, { 'if-match': self.etag as string })).status).toBe(412);

    const directory = await waitFor('the directory to show the new capability', async () => {
      const answer = await call('GET', '/directory/workshops', okada);
      const entry = (answer.body['workshops'] as Json[]).find((workshop) => workshop['companyId'] === 'ws-okada');
      return (entry?.['capabilities'] as Json[] | undefined)?.[0]?.['maxSizeMm'] === null ? answer : undefined;
    });
    expect(directory.body['workshops']).toEqual([
      { companyId: 'ws-okada', capabilities: [{ process: 'milling', materials: ['SUS304'], maxSizeMm: null }], validCertifications: ['JIS Q 9100', 'WES 8103 instructor'] },
      { companyId: 'ws-sato', capabilities: [{ process: 'sheet-metal', materials: ['SPCC'], maxSizeMm: null }], validCertifications: [] },
    ]);
  });

  it('a workshop sees nothing of another company and may not do a coordinator’s work', async () => {
    const okada = secrets[0] as string;
    const other = await call('GET', '/companies/ws-sato', okada);
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.body)).not.toContain('Sato Sheet Metal');
    expect((await call('GET', '/companies/no-such-company', okada)).status).toBe(404);
    expect((await call('GET', '/companies/no-such-company', officeKey)).status).toBe(404);

    const issueByWorkshop = await issue('ws-okada', { role: 'workshop', label: 'my own' }, okada);
    expect([issueByWorkshop.status, issueByWorkshop.body['code']]).toEqual([403, 'NETWORK.NOT_ALLOWED']);
    expect((await call('POST', '/companies/ws-mine', okada, registration(['workshop'], 'Mine'))).status).toBe(403);
    expect((await call('POST', '/companies/ws-sato/capabilities', okada, { capabilities: [] })).status).toBe(403);
    // A stale If-Match on someone else's company must not answer 412 with that company's revision.
    for (const target of ['ws-sato', 'no-such-company']) {
      const probe = await call('POST', `/companies/${target}/capabilities`, okada, { capabilities: [] }, { 'if-match': '"99"' });
      expect([probe.status, JSON.stringify(probe.body)]).toEqual([403, expect.not.stringMatching(/revision|no_stream/)]);
    }
    expect((await call('POST', '/companies/ws-okada/certifications', okada, { certificationId: 'self', kind: 'standard', name: 'Self', scopeProcess: 'milling' })).status).toBe(403);
    expect((await call('POST', '/companies/ws-sato/consortia/kanto-aero/membership', okada)).status).toBe(403);
  });

  it('a workshop joins and leaves a consortium itself; leaving twice is 409', async () => {
    const okada = secrets[0] as string;
    expect((await call('POST', '/companies/ws-okada/consortia/kanto-aero/membership', okada)).status).toBe(201);
    expect((await call('POST', '/companies/ws-okada/consortia/kanto-aero/membership', okada)).status).toBe(409);
    expect((await call('GET', '/companies/ws-okada', okada)).body['consortia']).toEqual(['kanto-aero']);
    expect((await call('POST', '/companies/ws-okada/consortia/kanto-aero/membership/end', okada, {})).status).toBe(201);
    const twice = await call('POST', '/companies/ws-okada/consortia/kanto-aero/membership/end', okada, {});
    expect([twice.status, twice.body['code']]).toEqual([409, 'NETWORK.NOT_A_MEMBER']);
    const contradicting = await call('POST', '/companies/ws-okada/consortia/kanto-aero/membership', okada, { consortiumId: 'other-one' });
    expect([contradicting.status, fieldsOf(contradicting)]).toEqual([400, ['consortiumId']]);
  });

  it('a revoked credential stops working; a revoked certification leaves the directory', async () => {
    const tablet = secrets[0] as string;
    const erp = await issue('ws-okada', { credentialId: 'okada-erp', role: 'workshop', label: 'ERP link' });
    const erpSecret = erp.body['secret'] as string;
    await untilStatus(erpSecret, '/companies/ws-okada', 200);

    // The company itself revokes its ERP link; the office revokes the tablet.
    expect((await call('POST', '/companies/ws-okada/credentials/okada-erp/revocation', tablet)).status).toBe(201);
    await untilStatus(erpSecret, '/companies/ws-okada', 401);
    expect((await call('POST', '/companies/ws-okada/credentials/okada-erp/revocation', officeKey)).status).toBe(409);
    expect((await call('POST', '/companies/ws-okada/credentials/okada-tablet/revocation', officeKey)).status).toBe(201);
    await untilStatus(tablet, '/companies/ws-okada', 401);
    const afterRevocation = await call('POST', `/work-items/PO-${randomUUID().slice(0, 8)}/1/progress`, tablet, { status: 'in_progress' });
    expect(afterRevocation.status).toBe(401);

    const view = await call('GET', '/companies/ws-okada', officeKey);
    expect((view.body['credentials'] as Json[]).map((credential) => credential['revokedAt'] !== null)).toEqual([true, true]);

    expect((await call('POST', '/companies/ws-okada/certifications/jisq9100/revocation', officeKey)).status).toBe(201);
    await waitFor('the revoked certification to leave the directory', async () => {
      const workshops = (await call('GET', '/directory/workshops', officeKey)).body['workshops'] as Json[];
      const okada = workshops.find((workshop) => workshop['companyId'] === 'ws-okada');
      return (okada?.['validCertifications'] as string[]).includes('JIS Q 9100') ? undefined : true;
    });
  });

  it('no response ever carried a secret hash', () => {
    expect(secrets.length).toBeGreaterThanOrEqual(3);
    for (const text of rawResponses) {
      expect(text).not.toMatch(/secretHash"\s*:/);
      for (const secret of secrets) expect(text).not.toContain(sha256(secret));
    }
  });
});
