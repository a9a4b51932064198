import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { signPhoneLinkToken } from '@renkei/member-directory';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';
import { openWorkItems } from './open-work-items';

const keys = {
  office: 'pl-office-key-0123456789abcdef',
  lead: 'pl-lead-key-0123456789abcdefgh',
  okada: 'pl-okada-key-0123456789abcdefg',
  sato: 'pl-sato-key-0123456789abcdefgh',
  erp: 'pl-erp-key-0123456789abcdefghi',
};
const LEAD = 'lead-kanto';
const OKADA = 'ws-okada';
const SATO = 'ws-sato';
const apiKeys = [
  `${keys.office}:consortium-office:coordinator`,
  `${keys.lead}:${LEAD}:lead`,
  `${keys.okada}:${OKADA}:workshop`,
  `${keys.sato}:${SATO}:workshop`,
  `${keys.erp}:erp-link:integrator`,
].join(',');
const signingKey = 'pl-link-signing-key-0123456789abcdefghijklmn';

type Json = Record<string, unknown>;
interface Answer {
  readonly status: number;
  readonly text: string;
  readonly body: Json;
}

const fieldsOf = (answer: Answer) => (answer.body['errors'] as Array<{ field: string }>).map((error) => error.field);
const refusal = (answer: Answer) => [answer.status, answer.body['code']];
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

/**
 * A coordinator or a lead sends a workshop a link to its phone page; the token in it acts as that
 * workshop, and only while the link is open: not after revocation, not past its expiry, not tampered with.
 */
describe('workshop phone links over HTTP', () => {
  const eventSchema = uniqueSchemaName('pl_es');
  const readSchema = uniqueSchemaName('pl_rm');
  /** Every token handed out, by link id. */
  const tokens = new Map<string, string>();
  let backbone: RunningBackbone;

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema, RENKEI_LINK_SIGNING_KEY: signingKey });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    for (const [companyId, role] of [
      [LEAD, 'lead'],
      [OKADA, 'workshop'],
      [SATO, 'workshop'],
    ] as const) {
      expect((await post(`companies/${companyId}`, keys.office, { legalName: companyId, roles: [role], timeZone: 'Asia/Tokyo', contactEmail: `office@${companyId}.example` })).status).toBe(201);
    }
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  const call = async (method: 'GET' | 'POST', path: string, key: string, body?: unknown, extra: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${backbone.url}/v1/${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}), ...extra },
      ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
    });
    const text = await response.text();
    return { status: response.status, text, body: (text.length > 0 ? JSON.parse(text) : {}) as Json };
  };
  const post = (path: string, key: string, body: unknown = {}, extra: Record<string, string> = {}) => call('POST', path, key, body, extra);
  const get = (path: string, key: string) => call('GET', path, key);
  const issue = async (companyId: string, key: string, body: Json, extra: Record<string, string> = {}) => {
    const answer = await post(`companies/${companyId}/phone-links`, key, body, extra);
    if (typeof answer.body['token'] === 'string') tokens.set(answer.body['linkId'] as string, answer.body['token']);
    return answer;
  };
  /** The directory folds the log a few milliseconds after a write: wait until the token opens (or stops opening) the door. */
  const untilStatus = (token: string, path: string, status: number) =>
    waitFor(`GET ${path} to answer ${status}`, async () => ((await get(path, token)).status === status ? true : undefined), 5_000);

  it('a coordinator issues a link for a workshop: 201 with the token and its URL; a retry gets the same token', async () => {
    const idempotencyKey = randomUUID();
    const body = { linkId: 'line-2-phone', label: "line 2 foreman's phone" };
    const first = await issue(OKADA, keys.office, body, { 'idempotency-key': idempotencyKey });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ linkId: 'line-2-phone', events: ['PhoneLinkIssued'], replayed: false });
    const token = first.body['token'] as string;
    expect(token).toMatch(/^rkl_[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(first.body['url']).toBe(`/phone#token=${token}&company=${OKADA}`);
    // No expiry asked for: 30 days.
    expect(Math.abs(Date.parse(first.body['expiresAt'] as string) - Date.parse(inDays(30)))).toBeLessThan(60_000);

    const replay = await issue(OKADA, keys.office, body, { 'idempotency-key': idempotencyKey });
    expect([replay.status, replay.body['replayed'], replay.body['token'], replay.body['eventIds']]).toEqual([200, true, token, first.body['eventIds']]);
    // The same link again under another key records nothing and hands out the same token; other content is refused.
    const again = await issue(OKADA, keys.office, body);
    expect([again.status, again.body['events'], again.body['token']]).toEqual([201, [], token]);
    expect(refusal(await issue(OKADA, keys.office, { ...body, label: 'office phone' }))).toEqual([409, 'NETWORK.ALREADY_ISSUED']);
  });

  it('the token acts as the workshop: reads its company and reports progress on its open work item', async () => {
    const token = tokens.get('line-2-phone') as string;
    await untilStatus(token, `companies/${OKADA}`, 200);
    expect((await get(`companies/${OKADA}`, token)).body).toMatchObject({ companyId: OKADA, roles: ['workshop'] });
    expect((await get(`companies/${SATO}`, token)).status).toBe(404);

    const poId = `PO-${randomUUID().slice(0, 8)}`;
    await openWorkItems({ baseUrl: backbone.url, lead: { key: keys.lead, companyId: LEAD }, workshop: { key: keys.okada, companyId: OKADA }, purchaseOrderId: poId });
    const progress = await post(`work-items/${poId}/1/progress`, token, { status: 'in_progress', qtyGood: 4, note: 'op 10 started' });
    expect([progress.status, progress.body['events']]).toEqual([201, ['ProgressReported']]);

    // The page asks who it is for: the workshop, by its link; a key says it is no link.
    const viewer = async (key: string) => {
      const response = await fetch(`${backbone.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { companyId role legalName viaPhoneLink } }' }),
      });
      return ((await response.json()) as { data: Json | null }).data;
    };
    expect(await viewer(token)).toEqual({ viewer: { companyId: OKADA, role: 'workshop', legalName: OKADA, viaPhoneLink: true } });
    expect(await viewer(keys.okada)).toEqual({ viewer: { companyId: OKADA, role: 'workshop', legalName: OKADA, viaPhoneLink: false } });
    expect(await viewer('rkl_forged.token')).toBeNull();

    // It is the workshop's phone page, not a coordinator's desk: it hands out no links.
    expect(refusal(await issue(OKADA, token, { linkId: 'my-own', label: 'mine' }))).toEqual([403, 'NETWORK.PHONE_LINK_NOT_ALLOWED']);
  });

  it('a lead issues a link for a workshop, with the expiry it asks for', async () => {
    const expiresAt = inDays(7);
    const answer = await issue(SATO, keys.lead, { linkId: 'sato-press', label: 'press line phone', expiresAt });
    expect([answer.status, answer.body['events'], answer.body['expiresAt']]).toEqual([201, ['PhoneLinkIssued'], expiresAt]);
    await untilStatus(answer.body['token'] as string, `companies/${SATO}`, 200);
  });

  it('another workshop and an integrator may not issue a link; a link for a company that is not a workshop is refused, naming the field', async () => {
    const bySato = await issue(OKADA, keys.sato, { linkId: 'stolen', label: 'not mine' });
    expect(refusal(bySato)).toEqual([403, 'NETWORK.NOT_ALLOWED']);
    expect(refusal(await issue(OKADA, keys.erp, { linkId: 'erp', label: 'erp' }))).toEqual([403, 'NETWORK.NOT_ALLOWED']);
    expect(refusal(await issue('erp-link', keys.erp, { linkId: 'erp', label: 'erp' }))).toEqual([403, 'REQUEST.READ_ONLY_ROLE']);
    // A workshop may not even issue one for itself.
    expect(refusal(await issue(OKADA, keys.okada, { linkId: 'self', label: 'self' }))).toEqual([403, 'NETWORK.NOT_ALLOWED']);

    const forLead = await issue(LEAD, keys.office, { linkId: 'lead-phone', label: 'lead phone' });
    expect(refusal(forLead)).toEqual([422, 'NETWORK.ROLE_NOT_HELD']);
    expect(forLead.body['errors']).toEqual([{ field: 'companyId', rule: 'must name a company registered with the role workshop', allowed: 'the company id of a workshop' }]);
    expect(refusal(await issue('no-such-workshop', keys.office, { linkId: 'x', label: 'x' }))).toEqual([404, 'NETWORK.NOT_REGISTERED']);
  });

  it('bad input names every bad field and records nothing', async () => {
    const bad = await issue(OKADA, keys.office, { linkId: 'line 9', label: '', expiresAt: 'tomorrow', token: 'rkl_mine' });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(['linkId', 'label', 'expiresAt', 'token']);
    const tooLong = await issue(OKADA, keys.office, { linkId: 'line-9', label: 'line 9', expiresAt: inDays(91) });
    expect([tooLong.status, fieldsOf(tooLong)]).toEqual([400, ['expiresAt']]);
    const tooShort = await issue(OKADA, keys.office, { linkId: 'line-9', label: 'line 9', expiresAt: inDays(0.01) });
    expect([tooShort.status, fieldsOf(tooShort)]).toEqual([400, ['expiresAt']]);
    const noKey = await fetch(`${backbone.url}/v1/companies/${OKADA}/phone-links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.office}`, 'content-type': 'application/json' },
      body: JSON.stringify({ linkId: 'line-9', label: 'line 9' }),
    });
    expect(noKey.status).toBe(400);
    const list = await get(`companies/${OKADA}/phone-links`, keys.office);
    expect((list.body['phoneLinks'] as Json[]).map((link) => link['linkId'])).toEqual(['line-2-phone']);
  });

  it('lists the links, without tokens, to the workshop itself, coordinators and leads only', async () => {
    for (const key of [tokens.get('line-2-phone') as string, keys.okada, keys.office, keys.lead]) {
      const list = await get(`companies/${OKADA}/phone-links`, key);
      expect(list.status).toBe(200);
      expect(list.body).toEqual({
        companyId: OKADA,
        phoneLinks: [
          {
            linkId: 'line-2-phone',
            label: "line 2 foreman's phone",
            status: 'open',
            expiresAt: expect.any(String),
            issuedBy: 'consortium-office',
            issuedAt: expect.any(String),
            revokedAt: null,
          },
        ],
      });
      expect(list.text).not.toContain('rkl_');
    }
    for (const key of [keys.sato, keys.erp]) expect((await get(`companies/${OKADA}/phone-links`, key)).status).toBe(404);
    expect((await get(`companies/${LEAD}/phone-links`, keys.lead)).status).toBe(200);
    expect((await get(`companies/consortium-office/phone-links`, keys.lead)).status).toBe(404);
  });

  it('a tampered token, one signed for a later expiry, and an expired one all get 401', async () => {
    const token = tokens.get('line-2-phone') as string;
    const [payload, signature] = token.slice('rkl_'.length).split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { companyId: string; linkId: string; expiresAt: string };

    const asSato = `rkl_${Buffer.from(JSON.stringify({ ...claims, companyId: SATO })).toString('base64url')}.${signature}`;
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    // Signed with the deployment's key, but not as issued: a later expiry, or one already past.
    const extended = signPhoneLinkToken({ ...claims, expiresAt: inDays(60) }, signingKey);
    const expired = signPhoneLinkToken({ ...claims, expiresAt: new Date(Date.now() - 60_000).toISOString() }, signingKey);
    const otherKey = signPhoneLinkToken(claims, 'another-deployment-key-0123456789abcdef');
    for (const presented of [asSato, flipped, extended, expired, otherKey, `${token}x`]) {
      expect((await get(`companies/${OKADA}`, presented)).status).toBe(401);
      expect((await post(`work-items/PO-x/1/progress`, presented, { status: 'in_progress' })).status).toBe(401);
    }
    expect((await get(`companies/${OKADA}`, token)).status).toBe(200);
  });

  it('after revocation the token gets 401; revoking twice is 409; only the workshop itself, coordinators and leads revoke', async () => {
    const token = tokens.get('line-2-phone') as string;
    expect(refusal(await post(`companies/${OKADA}/phone-links/line-2-phone/revocation`, keys.sato))).toEqual([403, 'NETWORK.NOT_ALLOWED']);
    expect(refusal(await post(`companies/${OKADA}/phone-links/no-such-link/revocation`, keys.office))).toEqual([404, 'NETWORK.UNKNOWN_PHONE_LINK']);
    const contradicting = await post(`companies/${OKADA}/phone-links/line-2-phone/revocation`, keys.office, { linkId: 'other' });
    expect([contradicting.status, fieldsOf(contradicting)]).toEqual([400, ['linkId']]);

    const revoked = await post(`companies/${OKADA}/phone-links/line-2-phone/revocation`, keys.okada);
    expect([revoked.status, revoked.body['events']]).toEqual([201, ['PhoneLinkRevoked']]);
    await untilStatus(token, `companies/${OKADA}`, 401);
    expect((await post(`work-items/PO-x/1/progress`, token, { status: 'in_progress' })).status).toBe(401);
    expect(refusal(await post(`companies/${OKADA}/phone-links/line-2-phone/revocation`, keys.office))).toEqual([409, 'NETWORK.ALREADY_REVOKED']);

    const list = await get(`companies/${OKADA}/phone-links`, keys.office);
    expect((list.body['phoneLinks'] as Json[]).map((link) => [link['linkId'], link['status'], link['revokedAt'] !== null])).toEqual([['line-2-phone', 'revoked', true]]);
    // A revoked link is not brought back under its old id.
    expect(refusal(await issue(OKADA, keys.office, { linkId: 'line-2-phone', label: "line 2 foreman's phone" }))).toEqual([409, 'NETWORK.ALREADY_ISSUED']);

    // A lead closes the link it handed out.
    const satoToken = tokens.get('sato-press') as string;
    expect((await post(`companies/${SATO}/phone-links/sato-press/revocation`, keys.lead)).status).toBe(201);
    await untilStatus(satoToken, `companies/${SATO}`, 401);
  });

  it('a phone link does shop-floor work but never changes the directory record; it may revoke itself (a lost phone)', async () => {
    const phone = await issue(OKADA, keys.lead, { linkId: 'line-3-phone', label: 'line 3 phone' });
    const office = await issue(OKADA, keys.office, { linkId: 'office-phone', label: 'office phone' });
    expect([phone.status, office.status]).toEqual([201, 201]);
    const token = phone.body['token'] as string;
    expect(phone.body['url']).toBe(`/phone#token=${token}&company=${OKADA}`);
    await untilStatus(token, `companies/${OKADA}`, 200);

    const refused = {
      credential: await post(`companies/${OKADA}/credentials`, token, { credentialId: 'phone-made', role: 'workshop', label: 'made on a phone' }),
      integratorGrant: await post(`companies/${OKADA}/integrator-grants`, token, { integratorId: 'erp-link', scopes: ['work'] }),
      capabilities: await post(`companies/${OKADA}/capabilities`, token, { capabilities: [{ process: 'milling', materials: ['SUS304'], maxSizeMm: null }] }),
      anotherLink: await issue(OKADA, token, { linkId: 'phone-made', label: 'made on a phone' }),
      revokeAnotherLink: await post(`companies/${OKADA}/phone-links/office-phone/revocation`, token),
      // A malformed body gets the same 403, not a 400: fixing the body would not help.
      malformed: await post(`companies/${OKADA}/capabilities`, token, { capabilities: 'all of them' }),
    };
    for (const [attempt, answer] of Object.entries(refused)) {
      expect([attempt, ...refusal(answer)]).toEqual([attempt, 403, 'NETWORK.PHONE_LINK_NOT_ALLOWED']);
      expect(answer.body['detail']).toMatch(/^a phone link cannot change the company's directory record: use ws-okada's own credential/);
    }
    const record = await get(`companies/${OKADA}`, keys.okada);
    expect([record.body['credentials'], record.body['integratorGrants'], record.body['capabilities']]).toEqual([[], [], []]);
    const openLinks = async () =>
      ((await get(`companies/${OKADA}/phone-links`, keys.office)).body['phoneLinks'] as Json[]).flatMap((link) => (link['status'] === 'open' ? [link['linkId']] : []));
    expect(await openLinks()).toEqual(['line-3-phone', 'office-phone']);

    // Shop-floor work goes on through the link.
    const poId = `PO-${randomUUID().slice(0, 8)}`;
    await openWorkItems({ baseUrl: backbone.url, lead: { key: keys.lead, companyId: LEAD }, workshop: { key: keys.okada, companyId: OKADA }, purchaseOrderId: poId });
    const progress = await post(`work-items/${poId}/1/progress`, token, { status: 'in_progress', qtyGood: 1, note: 'op 10 started' });
    expect([progress.status, progress.body['events']]).toEqual([201, ['ProgressReported']]);

    // The phone is lost: the link closes itself, and only itself.
    const lost = await post(`companies/${OKADA}/phone-links/line-3-phone/revocation`, token);
    expect([lost.status, lost.body['events']]).toEqual([201, ['PhoneLinkRevoked']]);
    await untilStatus(token, `companies/${OKADA}`, 401);
    expect((await post(`work-items/${poId}/1/progress`, token, { status: 'in_progress', qtyGood: 2 })).status).toBe(401);
    expect(await openLinks()).toEqual(['office-phone']);
    expect((await get(`companies/${OKADA}`, office.body['token'] as string)).status).toBe(200);
  });
});
