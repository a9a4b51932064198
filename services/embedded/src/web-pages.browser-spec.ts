import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeWithBrowser, expectAccessible, launchChromium, saveScreenshot } from '@renkei/browser-testing';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';

const keys = { office: 'web-office-key-0123456789abcdef', lead: 'web-lead-key-0123456789abcdefgh', workshop: 'web-ws-key-0123456789abcdefghij' };
const LEAD = 'lead-web';
const WORKSHOP = 'ws-web';
const apiKeys = [`${keys.office}:consortium-office:coordinator`, `${keys.lead}:${LEAD}:lead`, `${keys.workshop}:${WORKSHOP}:workshop`].join(',');
const run = randomUUID().slice(0, 8);
const orderId = `CO-WEB-${run}`;

/** The built pages, served by the real backbone, driven in Chromium as a lead at a desk and a workshop on a phone. */
describeWithBrowser('web pages (Chromium)', () => {
  const eventSchema = uniqueSchemaName('web_es');
  const readSchema = uniqueSchemaName('web_rm');
  let backbone: RunningBackbone;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const post = async (path: string, key: string, body: unknown = {}) => {
    const response = await fetch(`${backbone.url}/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`POST /v1/${path} answered ${response.status}: ${await response.text()}`);
  };

  /** A page that fails the test on any script error or console error (a CSP refusal shows up there). */
  const openPage = async (options: Parameters<Browser['newContext']>[0]): Promise<{ page: Page; problems: string[] }> => {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', ...options });
    contexts.push(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
    return { page, problems };
  };

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    [backbone, browser] = await Promise.all([startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys), launchChromium()]);
    await post(`companies/${WORKSHOP}`, keys.office, { legalName: '岡田精機', roles: ['workshop'], timeZone: 'Asia/Tokyo', contactEmail: 'info@okada.example' });
    const productId = `P-WEB-${run}`;
    await post(`boms/${productId}/revisions`, keys.lead, {
      revision: 1,
      nodes: [{ nodeId: 'ASSY', parentId: null, kind: 'assembly', partNumber: 'PN-WEB-ASSY', description: 'gearbox', qtyPer: 1, makeOrBuy: 'make', routing: [] }],
    });
    await post(`customer-orders/${orderId}`, keys.lead, {
      customerName: '山田工業',
      customerRef: 'Y-2026-001',
      bomProductId: productId,
      bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-WEB-ASSY', bomNodeId: 'ASSY', quantity: 5, dueDate: '2026-12-20' }],
    });
    // The board reads the read model: wait until the projection has the order, as the API answers it.
    await waitFor('the customer order in GraphQL', async () => {
      const response = await fetch(`${backbone.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${keys.lead}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ customerOrder(id: "${orderId}") { orderId } }` }),
      });
      const answer = (await response.json()) as { data?: { customerOrder: unknown } };
      return answer.data?.customerOrder ?? undefined;
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('/board: a lead signs in once with its key, sees the order placed through the API, and sees it close live', async () => {
    const { page, problems } = await openPage({ viewport: { width: 1280, height: 800 } });
    const response = await page.goto(`${backbone.url}/board`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await expectAccessible(page, '/board sign-in');
    await saveScreenshot(page, 'board-sign-in-1280');

    await page.getByLabel('API キー').fill('not-a-key-0123456789abcdef');
    await page.getByRole('button', { name: 'サインイン' }).click();
    await page.getByRole('alert').filter({ hasText: 'この API キーは受け付けられませんでした' }).waitFor();

    await page.getByLabel('API キー').fill(keys.lead);
    await page.getByRole('button', { name: 'サインイン' }).click();
    const row = page.locator(`tr[data-order-id="${orderId}"]`);
    await row.waitFor();
    const cells = await row.locator('th, td').allInnerTexts();
    expect(cells.slice(0, 3)).toEqual([orderId, '山田工業 / Y-2026-001', '進行中']);
    expect(cells[5]).toBe('2026/12/20');
    await page.locator('[data-live="connected"]').waitFor();
    await expectAccessible(page, '/board with orders');
    await saveScreenshot(page, 'board-1280');

    // The key is kept for the tab: a reload shows the board, not the sign-in form.
    await page.reload();
    await row.waitFor();
    await page.locator('[data-live="connected"]').waitFor();
    await post(`customer-orders/${orderId}/close`, keys.lead);
    await row.locator('[data-field="status"]').filter({ hasText: '完了' }).waitFor({ timeout: 10_000 });

    await page.getByRole('button', { name: 'サインアウト' }).click();
    await page.getByLabel('API キー').waitFor();
    expect(problems.filter((problem) => !problem.includes('401'))).toEqual([]);
  });

  it('/phone: a workshop opens its link on a 360×740 phone and sees its own company, in its language of choice', async () => {
    const { page, problems } = await openPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await page.goto(`${backbone.url}/phone#token=${keys.workshop}&company=${WORKSHOP}`);
    await page.getByRole('heading', { name: '岡田精機' }).waitFor();
    expect(page.url()).toBe(`${backbone.url}/phone`); // the token left the address bar and the history
    const facts = await page.locator('dl.facts dd').allInnerTexts();
    expect(facts.slice(0, 3)).toEqual([WORKSHOP, '協力工場', 'Asia/Tokyo']);
    expect(facts[3]).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}$/);
    await expectAccessible(page, '/phone');
    await saveScreenshot(page, 'phone-360');

    await page.getByLabel('表示言語').selectOption('en');
    await page.getByText('Company ID').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Language').selectOption('ko');
    await page.getByText('회사 ID').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    await expectAccessible(page, '/phone in Korean');

    // A reload keeps the link's credentials for the tab (and the language chosen).
    await page.reload();
    await page.getByRole('heading', { name: '岡田精機' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    expect(problems).toEqual([]);
  });
});
