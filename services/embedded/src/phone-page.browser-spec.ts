import type { Browser, BrowserContext, Locator, Page, Route } from 'playwright-core';
import { describeWithBrowser, expectAccessible, launchChromium, saveScreenshot } from '@renkei/browser-testing';
import { waitFor } from '@renkei/testing';
import { startWebScenario, type WebScenario } from './web-scenario.fixtures';

type Json = Record<string, unknown>;

interface ApiWorkItem {
  readonly status: string;
  readonly qtyGood: number;
  readonly qtyScrap: number;
  readonly eta: string | null;
  readonly delayReason: string | null;
  readonly completedAt: string | null;
  readonly completedOperations: ReadonlyArray<{ readonly opNo: number; readonly at: string }>;
}

/** What the page functions below use of the browser (this project's TypeScript has no DOM library). */
interface BrowserGlobals {
  readonly innerWidth: number;
  readonly document: {
    readonly documentElement: { readonly scrollWidth: number };
    querySelectorAll(selector: string): ArrayLike<{ readonly outerHTML: string; getBoundingClientRect(): { readonly width: number; readonly height: number } }>;
  };
  readonly localStorage: { getItem(key: string): string | null };
}

/** Chromium logs a failed fetch as a console error: expected while the phone is offline or a test drops an answer on purpose. */
const EXPECTED_NETWORK_ERRORS = /net::ERR_(INTERNET_DISCONNECTED|CONNECTION_RESET|FAILED|NAME_NOT_RESOLVED)/;

/**
 * The workshop's phone page, built and served by the real backbone, on a 360×740 touch screen whose
 * own clock is in Los Angeles (so every time on the page must follow the workshop's zone, Tokyo).
 * Each tap is checked where it counts: through the API, once.
 */
describeWithBrowser('phone page (Chromium, 360×740)', () => {
  let scenario: WebScenario;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let link: { readonly token: string; readonly url: string };
  const problems: string[] = [];

  beforeAll(async () => {
    [scenario, browser] = await Promise.all([startWebScenario('phone'), launchChromium()]);
    link = await scenario.phoneLink(scenario.companies.a.companyId);
    context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale: 'ja-JP',
      timezoneId: 'America/Los_Angeles',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !EXPECTED_NETWORK_ERRORS.test(message.text())) problems.push(`console error: ${message.text()}`);
    });
  }, 180_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await scenario?.stop();
  });

  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });

  const workshopKey = () => scenario.keys.a;
  const card = (poId: string, lineNo: number): Locator => page.locator(`[data-work-item="${poId}/${lineNo}"]`);
  const outbox = () => page.locator('[data-outbox]');

  const workItem = async (poId: string, lineNo: number): Promise<ApiWorkItem> => {
    const answer = await scenario.graphql(
      workshopKey(),
      'query ($poId: String!, $lineNo: Int!) { workItem(poId: $poId, lineNo: $lineNo) { status qtyGood qtyScrap eta delayReason completedAt completedOperations { opNo at } } }',
      { poId, lineNo },
    );
    if (answer.errors || !answer.data?.['workItem']) throw new Error(`workItem ${poId}/${lineNo}: ${JSON.stringify(answer)}`);
    return answer.data['workItem'] as ApiWorkItem;
  };
  /** Polls until the work item is as expected (the read model follows the log a moment behind). */
  const workItemUntil = (poId: string, lineNo: number, what: string, accept: (item: ApiWorkItem) => boolean) =>
    waitFor(`${poId}/${lineNo}: ${what}`, async () => {
      const item = await workItem(poId, lineNo);
      return accept(item) ? item : undefined;
    });
  /** Every report the work item's stream recorded, as the lead's timeline lists them: one per tap that landed. */
  const reportsOn = async (poId: string, lineNo: number): Promise<number> => {
    const answer = await scenario.graphql(scenario.keys.lead, 'query ($orderId: String!) { timeline(orderId: $orderId) { type poId lineNo } }', { orderId: scenario.ids.orderId });
    const entries = (answer.data?.['timeline'] ?? []) as Array<{ type: string; poId: string | null; lineNo: number | null }>;
    return entries.filter((entry) => entry.type === 'ProgressReported' && entry.poId === poId && entry.lineNo === lineNo).length;
  };
  const reportsUntil = (poId: string, lineNo: number, count: number) =>
    waitFor(`${count} reports on ${poId}/${lineNo} in the timeline`, async () => ((await reportsOn(poId, lineNo)) === count ? true : undefined));

  /** The widest thing on the page, against the screen: a phone must never scroll sideways. */
  const expectNoSidewaysScroll = async () => {
    const widths = await page.evaluate(() => {
      const browser = globalThis as unknown as BrowserGlobals;
      return { page: browser.document.documentElement.scrollWidth, screen: browser.innerWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
  };
  /** Every control in the main landmark is at least 48 px high (and a radio's whole label is the target). */
  const expectBigTargets = async () => {
    const small = await page.evaluate(() =>
      Array.from((globalThis as unknown as BrowserGlobals).document.querySelectorAll('main button, main input:not([type=radio]), main select, main textarea, main label.choice'))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height < 47.5)
        .map(({ element, box }) => `${element.outerHTML.slice(0, 80)} (${Math.round(box.height)} px)`),
    );
    expect(small).toEqual([]);
  };

  it('opens from its link, in Japanese, with the workshop’s open work first and every target big enough', async () => {
    const { poA } = scenario.ids;
    const response = await page.goto(link.url);
    expect(response?.status()).toBe(200);
    const bracket = card(poA, 1);
    await bracket.waitFor();
    expect(page.url()).toBe(`${scenario.url}/phone`); // the token left the address bar
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');

    await expect(bracket.getByRole('heading', { level: 3 }).innerText()).resolves.toBe('PN-BRACKET');
    const facts = await bracket.locator('dl.item-facts dd').allInnerTexts();
    expect(facts.slice(0, 3)).toEqual(['20 個', '2027/03/01', '良品 0・不良 0']);
    expect(await bracket.locator('.next-op').innerText()).toBe('次の工程: 10 フライス加工');
    // The biggest target is the next step; the shaft (due earlier) is listed first.
    expect(await bracket.getByRole('button').first().innerText()).toBe('開始: 10 フライス加工');
    const order = await page.locator('[data-work-item]').evaluateAll((cards) => cards.map((element) => element.getAttribute('data-work-item')));
    expect(order).toEqual([`${poA}/2`, `${poA}/1`]);
    await expect(page.getByRole('tab', { name: /作業/ }).getAttribute('aria-selected')).resolves.toBe('true');
    expect(await page.getByRole('tab', { name: /作業/ }).innerText()).toMatch(/作業\s*2 件/);

    await expectNoSidewaysScroll();
    await expectBigTargets();
    await expectAccessible(page, '/phone work list');
    await saveScreenshot(page, 'phone-work-360');
  });

  it('starts an operation, enters good and scrap, finishes it and reports a delay: each tap lands once, counts never reset', async () => {
    const { poA } = scenario.ids;
    const bracket = card(poA, 1);

    // A double tap starts the operation; its second tap does not finish it, though "finish" is now under the finger.
    await bracket.getByRole('button', { name: '開始: 10 フライス加工' }).click({ clickCount: 2 });
    await bracket.locator('[data-field="status"]', { hasText: '作業中' }).waitFor();
    await workItemUntil(poA, 1, 'in progress', (item) => item.status === 'in_progress');
    await bracket.locator('[data-tap="sent"]').waitFor();
    await reportsUntil(poA, 1, 1);

    await bracket.getByRole('button', { name: '数量を入力' }).click();
    await bracket.getByLabel('良品', { exact: true }).fill('18');
    await bracket.getByRole('button', { name: '不良を 1 増やす' }).click();
    await expectAccessible(page, '/phone counts form');
    await saveScreenshot(page, 'phone-counts-360');
    await bracket.getByRole('button', { name: '数量を記録' }).click();
    await bracket.locator('[data-field="counts"]', { hasText: '良品 18・不良 1' }).waitFor();
    await workItemUntil(poA, 1, '18 good, 1 scrap', (item) => item.qtyGood === 18 && item.qtyScrap === 1);

    await bracket.getByRole('button', { name: '完了: 10 フライス加工' }).click();
    await bracket.locator('.next-op', { hasText: '30 検査' }).waitFor();
    const finished = await workItemUntil(poA, 1, 'operation 10 completed', (item) => item.completedOperations.some((operation) => operation.opNo === 10));
    expect(finished).toMatchObject({ qtyGood: 18, qtyScrap: 1 }); // finishing restated the counts
    // Shown on the workshop's clock (Tokyo), not the phone's (Los Angeles).
    const at = finished.completedOperations.find((operation) => operation.opNo === 10)?.at ?? '';
    const tokyo = new Intl.DateTimeFormat('ja', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(at));
    await bracket.locator('[data-op="10"]', { hasText: `完了 ${tokyo}` }).waitFor();

    await bracket.getByRole('button', { name: '遅れを報告' }).click();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
    expect(await bracket.getByLabel('新しい完了予定日').inputValue()).toBe(today);
    await bracket.getByRole('button', { name: '遅れを送信' }).click(); // nothing chosen yet: the form says what is missing
    await bracket.getByText('理由を選んでください。').waitFor();
    await bracket.getByRole('radio', { name: '材料' }).check();
    await bracket.getByLabel('新しい完了予定日').fill('2027-03-12');
    await expectAccessible(page, '/phone delay form');
    await saveScreenshot(page, 'phone-delay-360');
    await bracket.getByRole('button', { name: '遅れを送信' }).click();
    await bracket.locator('[data-field="status"]', { hasText: '遅れ' }).waitFor();
    const delayed = await workItemUntil(poA, 1, 'delayed', (item) => item.status === 'delayed');
    expect(delayed).toMatchObject({ delayReason: 'material', eta: '2027-03-12', qtyGood: 18, qtyScrap: 1 });
    await bracket.getByText('遅れの理由: 材料').waitFor();

    // Four taps, four reports: none lost, none doubled.
    await reportsUntil(poA, 1, 4);
    await bracket.locator('[data-tap="sent"]').waitFor();
    await expectNoSidewaysScroll();
  });

  it('shows the API’s refusal next to the item, naming the field, and sends the next tap anyway', async () => {
    const { poA } = scenario.ids;
    const bracket = card(poA, 1);
    // A report the API must refuse: the count the page sends is broken on its way.
    let broken = false;
    const breakTheCount = async (route: Route) => {
      const body = route.request().postData() ?? '';
      if (broken || !body.includes('PhoneReportProgress')) return route.continue();
      broken = true;
      const request = JSON.parse(body) as { variables: { input: Json } };
      request.variables.input['qtyGood'] = -1;
      return route.continue({ postData: JSON.stringify(request) });
    };
    await page.route('**/graphql', breakTheCount);
    await bracket.getByRole('button', { name: '数量を入力' }).click();
    await bracket.getByLabel('良品', { exact: true }).fill('19');
    await bracket.getByRole('button', { name: '数量を記録' }).click();
    const refusal = bracket.getByRole('alert');
    await refusal.waitFor();
    await page.unroute('**/graphql', breakTheCount);
    expect(await refusal.innerText()).toContain('「数量の記録」は受け付けられませんでした。');
    expect(await refusal.innerText()).toContain('qtyGood');
    await outbox().and(page.locator('[data-waiting="0"]')).waitFor();
    await expectAccessible(page, '/phone refused tap');
    await saveScreenshot(page, 'phone-refused-360');
    // Nothing changed; the item shows again what the API holds.
    expect(await workItem(poA, 1)).toMatchObject({ qtyGood: 18, qtyScrap: 1, status: 'delayed' });
    await bracket.locator('[data-field="counts"]', { hasText: '良品 18・不良 1' }).waitFor();
    await refusal.getByRole('button', { name: '閉じる' }).click();
    await refusal.waitFor({ state: 'detached' });
    expect(await reportsOn(poA, 1)).toBe(4);
  });

  it('queues taps made offline, shows them waiting, and sends each exactly once when the connection returns', async () => {
    const { poA } = scenario.ids;
    const shaft = card(poA, 2);
    await context.setOffline(true);
    await shaft.getByRole('button', { name: '開始: 10 旋盤加工' }).click();
    await shaft.getByRole('button', { name: '数量を入力' }).click();
    await shaft.getByLabel('良品', { exact: true }).fill('5');
    await shaft.getByRole('button', { name: '数量を記録' }).click();

    await page.getByRole('status').filter({ hasText: '送信待ち 2 件（オフライン）' }).waitFor();
    await shaft.locator('[data-tap="waiting"]', { hasText: '送信待ち 2 件' }).waitFor();
    // Shown at once, as it will be: in progress with 5 good.
    await shaft.locator('[data-field="status"]', { hasText: '作業中' }).waitFor();
    await shaft.locator('[data-field="counts"]', { hasText: '良品 5・不良 0' }).waitFor();
    expect((await workItem(poA, 2)).status).toBe('not_started');
    await expectAccessible(page, '/phone offline with taps waiting');
    await saveScreenshot(page, 'phone-offline-360');

    await context.setOffline(false);
    await page.getByRole('status').filter({ hasText: 'すべて送信しました。' }).waitFor();
    await shaft.locator('[data-tap="sent"]').waitFor();
    const sent = await workItemUntil(poA, 2, 'in progress with 5 good', (item) => item.status === 'in_progress' && item.qtyGood === 5);
    expect(sent.qtyScrap).toBe(0);
    await reportsUntil(poA, 2, 2);
  });

  it('keeps a tap through a reload, and a retry after a lost answer is recorded once', async () => {
    const { poA } = scenario.ids;
    // Signal, but no way through to the API; later, a connection that drops the API's answer.
    let mode: 'unreachable' | 'answer-lost' = 'unreachable';
    let attemptsReachingTheApi = 0;
    const flakyNetwork = async (route: Route) => {
      if (!(route.request().postData() ?? '').includes('PhoneReportProgress')) return route.continue();
      if (mode === 'unreachable') return route.abort('internetdisconnected');
      attemptsReachingTheApi += 1;
      await route.fetch(); // the API records the report...
      return route.abort('connectionreset'); // ...and its answer never reaches the phone
    };
    await page.route('**/graphql', flakyNetwork);

    await context.setOffline(true);
    await card(poA, 2).getByRole('button', { name: '完了: 10 旋盤加工' }).click();
    await page.getByRole('status').filter({ hasText: '送信待ち 1 件（オフライン）' }).waitFor();
    await context.setOffline(false);
    await outbox().and(page.locator('[data-outbox="retrying"]')).waitFor();

    // The tap is in the phone's storage, not in the page: a reload shows it still waiting, and still shown as done.
    await page.reload();
    const shaft = card(poA, 2);
    await shaft.locator('[data-tap="waiting"]').waitFor();
    await shaft.locator('.done-note', { hasText: '自社の工程はすべて完了しました。' }).waitFor();
    await page.getByRole('status').filter({ hasText: '送信待ち 1 件。' }).waitFor();
    await expectAccessible(page, '/phone reloaded with a tap waiting');
    await saveScreenshot(page, 'phone-reloaded-waiting-360');
    expect((await workItem(poA, 2)).status).toBe('in_progress');

    mode = 'answer-lost';
    await outbox().and(page.locator('[data-sending="false"]')).waitFor();
    await page.getByRole('button', { name: '今すぐ送信' }).click();
    await workItemUntil(poA, 2, 'completed', (item) => item.status === 'completed' && item.completedAt !== null);
    await waitFor('an attempt whose answer was lost', async () => (attemptsReachingTheApi > 0 ? true : undefined));
    await outbox().and(page.locator('[data-outbox="retrying"]')).waitFor();

    // The phone retries with the same key: the API answers as the first time and records nothing new.
    await page.unroute('**/graphql', flakyNetwork);
    await outbox().and(page.locator('[data-sending="false"]')).waitFor();
    await page.getByRole('button', { name: '今すぐ送信' }).click();
    await page.getByRole('status').filter({ hasText: 'すべて送信しました。' }).waitFor();
    await reportsUntil(poA, 2, 3);
    // Its part done, the shaft leaves the list once the API says so; nothing is left in storage.
    await shaft.waitFor({ state: 'detached' });
    expect(await page.evaluate((key) => (globalThis as unknown as BrowserGlobals).localStorage.getItem(key), `renkei.phone.outbox.${scenario.companies.a.companyId}`)).toBeNull();
  });

  it('quotes the open RFQ from the phone', async () => {
    const { rfqOpen } = scenario.ids;
    await page.getByRole('tab', { name: /見積依頼/ }).click();
    const rfq = page.locator(`[data-rfq="${rfqOpen}"]`);
    await rfq.waitFor();
    expect(await rfq.locator('[data-field="stage"]').innerText()).toBe('未回答');
    expect(await rfq.innerText()).toContain('関東ポンプ株式会社');
    await rfq.getByRole('button', { name: '見積を作成' }).click();
    await rfq.getByRole('button', { name: '見積を送信' }).click(); // empty: says what is missing
    await rfq.getByText('少なくとも 1 行に単価と日数を入力してください。').waitFor();
    await rfq.getByLabel('単価（JPY）').fill('９５．５');
    await rfq.getByLabel('納品までの日数').fill('10');
    await expectNoSidewaysScroll();
    await expectBigTargets();
    await expectAccessible(page, '/phone quote form');
    await saveScreenshot(page, 'phone-quote-360');
    await rfq.getByRole('button', { name: '見積を送信' }).click();
    await rfq.locator('[data-field="stage"]', { hasText: '見積済み（第 1 版）' }).waitFor();
    await rfq.locator('[data-tap="sent"]').waitFor();
    const quoted = await scenario.waitForGraphql(
      'A’s quote on the open RFQ',
      workshopKey(),
      `{ rfq(id: "${rfqOpen}") { quotes { latestRevision lines { lineNo leadTimeDays unitPrice { amount currency } } } } }`,
      (data) => ((data['rfq'] as { quotes: unknown[] }).quotes[0] as Json | undefined),
    );
    expect(quoted).toEqual({ latestRevision: 1, lines: [{ lineNo: 1, leadTimeDays: 10, unitPrice: { amount: '95.5', currency: 'JPY' } }] });
    await expectAccessible(page, '/phone RFQs');
  });

  it('accepts the purchase order waiting for it, and answers the buyer’s change request', async () => {
    const { pendingPoA, poA } = scenario.ids;
    const changeId = `CHG-PHONE-${Date.now()}`;
    await scenario.post(`purchase-orders/${poA}/change-requests`, scenario.keys.lead, { changeId, changes: [{ lineNo: 1, dueDate: '2027-03-15' }], reason: '客先の納期変更' });
    await scenario.waitForGraphql('the change request on the order', workshopKey(), `{ purchaseOrder(id: "${poA}") { pendingChange { changeId } } }`, (data) =>
      (data['purchaseOrder'] as { pendingChange: { changeId: string } | null }).pendingChange?.changeId === changeId ? true : undefined,
    );

    await page.getByRole('tab', { name: /注文/ }).click();
    await page.getByRole('button', { name: '最新の情報に更新' }).click();
    const pending = page.locator(`[data-order="${pendingPoA}"]`);
    const changed = page.locator(`[data-order="${poA}"]`);
    await changed.getByText('1 行目: 納期 2027/03/01 → 2027/03/15').waitFor();
    expect(await pending.locator('[data-field="stage"]').innerText()).toBe('回答待ち（受注の確認）');
    expect(await pending.innerText()).toContain('￥555.35');
    expect(await page.getByRole('tab', { name: /注文/ }).innerText()).toMatch(/2 件/);
    await expectAccessible(page, '/phone orders');
    await saveScreenshot(page, 'phone-orders-360');

    await pending.getByRole('button', { name: '注文を受ける' }).click();
    await pending.locator('[data-field="stage"]', { hasText: '受注済み' }).waitFor();
    await changed.getByRole('button', { name: '変更を受ける' }).click();
    await scenario.waitForGraphql('the order accepted and the change agreed', workshopKey(), `{ a: purchaseOrder(id: "${pendingPoA}") { status } b: purchaseOrder(id: "${poA}") { pendingChange { changeId } lines { lineNo dueDate } } }`, (data) => {
      const accepted = (data['a'] as { status: string }).status === 'Accepted';
      const order = data['b'] as { pendingChange: unknown; lines: Array<{ lineNo: number; dueDate: string }> };
      return accepted && order.pendingChange === null && order.lines.find((line) => line.lineNo === 1)?.dueDate === '2027-03-15' ? true : undefined;
    });
    await page.getByRole('status').filter({ hasText: 'すべて送信しました。' }).waitFor();
    await changed.locator('[data-tap="sent"]').waitFor();
  });

  it('reads in English and Korean too', async () => {
    await page.getByRole('tab', { name: /注文/ }).focus();
    await page.keyboard.press('Home'); // the tabs follow the arrow keys, Home and End
    await expect(page.getByRole('tab', { name: /作業/ }).getAttribute('aria-selected')).resolves.toBe('true');

    await page.getByLabel('表示言語').selectOption('en');
    await page.getByRole('tab', { name: /Work/ }).waitFor();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    const bracket = card(scenario.ids.poA, 1);
    await bracket.getByText('Delay reason: Material').waitFor();
    expect(await bracket.locator('[data-field="counts"]').innerText()).toBe('18 good / 1 scrap');
    expect(await bracket.locator('dl.item-facts dd').nth(1).innerText()).toBe('Mar 1, 2027');
    await expectAccessible(page, '/phone in English');

    await page.getByLabel('Language').selectOption('ko');
    await page.getByRole('tab', { name: /작업/ }).waitFor();
    await page.locator('html[lang="ko"]').waitFor({ state: 'attached' });
    await bracket.getByRole('button', { name: '시작: 30 검사' }).waitFor();
    await expectNoSidewaysScroll();
    await expectAccessible(page, '/phone in Korean');
    await saveScreenshot(page, 'phone-work-ko-360');
    await page.getByLabel('표시 언어').selectOption('ja');
    await page.locator('html[lang="ja"]').waitFor({ state: 'attached' });
  });

  it('stops sending when the link is revoked, keeps the tap, and sends it from a new link', async () => {
    const { poA } = scenario.ids;
    const companyId = scenario.companies.a.companyId;
    const claims = JSON.parse(Buffer.from(link.token.slice('rkl_'.length).split('.')[0] ?? '', 'base64url').toString('utf8')) as { linkId: string };
    await scenario.post(`companies/${companyId}/phone-links/${claims.linkId}/revocation`, scenario.keys.office, {});
    await waitFor('the revoked link to be refused', async () => {
      const response = await fetch(`${scenario.url}/v1/companies/${companyId}`, { headers: { authorization: `Bearer ${link.token}` } });
      return response.status === 401 ? true : undefined;
    });

    await card(poA, 1).getByRole('button', { name: '開始: 30 検査' }).click();
    const rejected = page.getByRole('alert').filter({ hasText: 'このリンクは使えなくなっています。' });
    await rejected.waitFor();
    expect(await rejected.innerText()).toContain('未送信の報告 1 件はこの端末に残っています。');
    await expectAccessible(page, '/phone link revoked');
    expect((await workItem(poA, 1)).status).toBe('delayed');

    const fresh = await scenario.phoneLink(companyId, 'replacement phone link');
    await page.goto(fresh.url);
    await page.getByRole('status').filter({ hasText: 'すべて送信しました。' }).waitFor();
    const started = await workItemUntil(poA, 1, 'operation 30 in progress', (item) => item.status === 'in_progress');
    expect(started).toMatchObject({ qtyGood: 18, qtyScrap: 1, eta: '2027-03-12' });
    await reportsUntil(poA, 1, 5);
    // The refused attempt's 401 is the one console error this test expects.
    problems.splice(0, problems.length, ...problems.filter((problem) => !problem.includes('401')));
  });
});
