import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describeWithBrowser, expectAccessible, launchChromium, saveScreenshot } from '@renkei/browser-testing';
import { startWebScenario, type WebScenario } from './web-scenario.fixtures';

/**
 * The lead's order board (/board), built and served by the real backbone, driven in Chromium at a
 * 1280 px desk in Japanese: orders late first, one order's tree kept live, its timeline and an
 * earlier moment, quotes compared and awarded, and purchase orders answered. Every write it checks
 * is read back through the API, as any other client would see it.
 */
describeWithBrowser('order board (Chromium)', () => {
  let scenario: WebScenario;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [scenario, browser] = await Promise.all([startWebScenario('board'), launchChromium()]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await scenario?.stop();
  });

  /** A signed-in board at `hash`, failing the test on any script error or console error (a CSP refusal shows up there). */
  const openBoard = async (hash = '#/orders', viewport = { width: 1280, height: 800 }): Promise<{ page: Page; problems: string[] }> => {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport });
    contexts.push(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
    await page.goto(`${scenario.url}/board${hash}`);
    await page.getByLabel('API キー').fill(scenario.keys.lead);
    await page.getByRole('button', { name: 'サインイン' }).click();
    await page.locator('[data-view-heading]').waitFor();
    return { page, problems };
  };

  // Code run in the page is passed as a string: this project type-checks without the DOM library.

  /** The cells of a table row as the reader sees them. */
  const cellsOf = (row: Locator) => row.locator('th, td').allInnerTexts();

  it('lists the late order first, with its progress as a number and how many days late it will be', async () => {
    const { page, problems } = await openBoard();
    const { orderId, lateOrderId } = scenario.ids;
    await page.locator(`tr[data-order-id="${orderId}"]`).waitFor();
    const rows = page.locator('table.orders tbody tr');
    expect(await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-order-id')))).toEqual([lateOrderId, orderId]);

    const late = await cellsOf(rows.first());
    expect(late[0]).toBe(lateOrderId);
    expect(late[1]).toBe('東海水道 / T-88');
    expect(late[2]).toContain('遅延');
    expect(late[3]).toMatch(/^\d+%$/);
    expect(late[4]).toMatch(/^2027\/02\/\d{2}\s+\d+ 日遅れ$/);
    expect(late[5]).toBe('2027/01/29');
    expect((await cellsOf(rows.nth(1)))[2]).toBe('進行中');

    // The late part across orders, with what it holds up and why, kept by lateItemsChanged.
    // Company names come from the directory a moment after the rest: wait for them.
    const lateItem = page.locator(`[data-late-item="${lateOrderId}:VALVE"]`).filter({ hasText: '김정밀' });
    await lateItem.waitFor();
    expect(await lateItem.innerText()).toMatch(/PN-VALVE[\s\S]*日遅れ[\s\S]*影響先：PN-PUMP[\s\S]*材料[\s\S]*鋳物の入荷遅れ[\s\S]*김정밀/);
    await page.locator('[data-live="connected"]').waitFor();
    await expectAccessible(page, '/board orders');
    await saveScreenshot(page, 'order-board-orders-1280');
    expect(problems).toEqual([]);
  });

  it('opens an order as a tree across tiers, marks the critical path and the delay, follows a report live, and shows an earlier moment', async () => {
    const { page, problems } = await openBoard();
    const { lateOrderId, latePoB } = scenario.ids;
    await page.getByRole('link', { name: lateOrderId }).first().click();
    await page.getByRole('heading', { name: `注文 ${lateOrderId}` }).waitFor();
    await page.waitForFunction("document.activeElement?.id === 'order-heading'");

    const valve = page.locator('tr[data-node-id="VALVE"]');
    await valve.waitFor();
    expect(await page.locator('tr[data-node-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-node-id')))).toEqual(['PUMP', 'BRACKET', 'SHAFT', 'COVER', 'VALVE', 'GASKET', 'SEAL']);
    // The critical path says so in words, not only by colour: the top node and the late valve that sets its ETA.
    for (const nodeId of ['PUMP', 'VALVE']) {
      expect(await page.locator(`tr[data-node-id="${nodeId}"] [data-field="critical"]`).innerText()).toContain('クリティカルパス');
    }
    expect(await page.locator('tr[data-node-id="SHAFT"] [data-field="critical"]').count()).toBe(0);
    const valveCells = await cellsOf(valve);
    expect(valveCells[1]).toContain('遅延');
    expect(valveCells[2]).toMatch(/^\d+%$/);
    expect(valveCells[5]).toMatch(/^2027\/02\/05\s+\d+ 日遅れ$/);
    const delayRow = page.locator('tr[data-delay-for="VALVE"]').filter({ hasText: '김정밀' });
    await delayRow.waitFor();
    const delay = await delayRow.innerText();
    expect(delay).toMatch(/材料[\s\S]*鋳物の入荷遅れ[\s\S]*2027\/02\/05[\s\S]*김정밀/);
    expect(delay).toContain(latePoB);

    // Folding a branch hides what is under it; the button says what it does.
    const fold = page.getByRole('button', { name: 'PN-PUMP の下位部品（6 件）を折りたたむ' });
    await fold.click();
    await valve.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'PN-PUMP の下位部品（6 件）を表示' }).click();
    await valve.waitFor();

    const timeline = page.locator('ol.timeline > li');
    await timeline.first().waitFor();
    expect(await page.locator('li[data-event-type="DelayReported"]').innerText()).toContain('遅延の報告');
    await page.locator('[data-live="connected"]').waitFor();
    await expectAccessible(page, '/board order detail');
    await saveScreenshot(page, 'order-board-order-1280');

    // A moment before the next report, to the second (the picker's resolution).
    const before = Math.ceil((Date.now() + 1) / 1000) * 1000;
    const progressBefore = valveCells[2] as string;
    while (Date.now() < before + 1100) await new Promise((resolve) => setTimeout(resolve, 100));
    const pageLoads = await page.evaluate<number>("performance.getEntriesByType('navigation').length");
    await page.evaluate("window.boardMarker = 'not reloaded'");
    const reportsBefore = await page.locator('li[data-event-type="ProgressReported"]').count();

    await scenario.post(`work-items/${latePoB}/1/progress`, scenario.keys.b, { status: 'in_progress', operation: 10, qtyGood: 4, qtyScrap: 0, percent: 80, eta: '2027-02-05' });
    await valve.locator('[data-field="progress"]').filter({ hasText: '80%' }).waitFor();
    await page.locator('li[data-event-type="ProgressReported"]').nth(reportsBefore).waitFor();
    expect(await page.evaluate<string>('window.boardMarker')).toBe('not reloaded');
    expect(await page.evaluate<number>("performance.getEntriesByType('navigation').length")).toBe(pageLoads);

    // As of the moment before: the earlier progress, said to be a past view, without the live indicator.
    const tokyo = new Date(before).toLocaleString('sv-SE', { timeZone: 'Asia/Tokyo' }).replace(' ', 'T');
    await page.getByLabel('表示する日時').fill(tokyo);
    await page.getByRole('button', { name: 'この時点の状態を表示' }).click();
    const banner = page.locator('.past-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('時点の状態を表示しています');
    await valve.locator('[data-field="progress"]').filter({ hasText: progressBefore }).waitFor();
    expect(await page.locator('[data-live]').count()).toBe(0);
    expect(await page.locator('li[data-event-type="ProgressReported"]').count()).toBe(reportsBefore);
    expect(page.url()).toContain(`#/orders/${lateOrderId}?asOf=`);
    await expectAccessible(page, '/board order as of a past moment');
    await saveScreenshot(page, 'order-board-order-as-of-1280');

    await page.getByRole('button', { name: '現在の状態に戻る' }).click();
    await valve.locator('[data-field="progress"]').filter({ hasText: '80%' }).waitFor();
    await page.locator('[data-live="connected"]').waitFor();
    expect(problems).toEqual([]);
  });

  it('compares the quotes side by side, refuses a split that does not add up, and awards a line split across two workshops', async () => {
    const { page, problems } = await openBoard();
    const { rfqQuoted } = scenario.ids;
    await page.getByRole('navigation', { name: 'ボードの切り替え' }).getByRole('link', { name: '見積依頼' }).click();
    const listed = page.locator(`tr[data-rfq-id="${rfqQuoted}"]`);
    await listed.waitFor();
    expect((await cellsOf(listed)).slice(0, 4)).toEqual([rfqQuoted, '回答受付中', 'PN-SEAL, PN-GASKET', '2 社中 2 社が見積']);
    await expectAccessible(page, '/board RFQs');
    await listed.getByRole('link', { name: rfqQuoted }).click();
    await page.getByRole('heading', { name: `見積依頼 ${rfqQuoted}` }).waitFor();

    // Line 1: B is cheaper, A faster; line 2 the other way round — said in words in each column.
    const line1 = page.locator('table.quote-comparison[data-line-no="1"]');
    await line1.locator('thead th').filter({ hasText: '김정밀' }).waitFor();
    expect(await line1.locator('thead th').allInnerTexts()).toEqual(['項目', '岡田精機', '김정밀']);
    const row = (table: Locator, label: string) => cellsOf(table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }));
    expect(await row(line1, '単価')).toEqual(['単価', '￥310', '￥298最安']);
    expect(await row(line1, 'リードタイム')).toEqual(['リードタイム', '20 日最短', '25 日']);
    expect(await row(line1, '金額（20 個）')).toEqual(['金額（20 個）', '￥6,200', '￥5,960']);
    const line2 = page.locator('table.quote-comparison[data-line-no="2"]');
    expect(await row(line2, '単価')).toEqual(['単価', '￥95.50最安', '￥99']);
    expect(await row(line2, 'リードタイム')).toEqual(['リードタイム', '10 日', '8 日最短']);
    expect((await row(line2, '納期との差'))[1]).toMatch(/^納期まで \d+ 日の余裕$|^納期に \d+ 日遅れ$|^納期ちょうど$/);
    await expectAccessible(page, '/board RFQ comparison');
    await saveScreenshot(page, 'order-board-rfq-1280');

    const award = page.getByRole('button', { name: '発注先を決定' });
    await award.click();
    await page.getByRole('alert').filter({ hasText: '発注する明細を 1 つ以上選んでください。' }).waitFor();

    const fieldset1 = page.getByRole('group', { name: '明細 1（PN-SEAL）の発注先' });
    await fieldset1.getByLabel('複数の工場に分けて発注').check();
    await fieldset1.getByLabel('岡田精機に発注する数量').fill('12');
    await fieldset1.getByLabel('김정밀に発注する数量').fill('5');
    await page.getByRole('group', { name: '明細 2（PN-GASKET）の発注先' }).getByLabel('岡田精機に全数（20 個）').check();
    await award.click();
    await page.getByRole('alert').filter({ hasText: '明細 1：分割した数量の合計が 17 個です。ちょうど 20 個にしてください。' }).waitFor();
    await fieldset1.getByLabel('김정밀に発注する数量').fill('8');
    expect(await fieldset1.innerText()).toContain('割り当て済み 20 個 / 20 個');
    await award.click();

    await page.getByRole('status').filter({ hasText: '発注先を決定しました。' }).waitFor();
    await page.locator('[data-field="rfq-status"]').filter({ hasText: '発注先決定' }).waitFor();
    expect(await page.locator('table.awards tbody tr').count()).toBe(3);
    const answer = await scenario.graphql(scenario.keys.lead, 'query ($id: String!) { rfq(id: $id) { status unawardedLines awards { lineNo workshopId quantity } } }', { id: rfqQuoted });
    const rfq = answer.data?.['rfq'] as { status: string; unawardedLines: number[]; awards: Array<{ lineNo: number; workshopId: string; quantity: number }> };
    expect(rfq.status).toBe('awarded');
    expect(rfq.unawardedLines).toEqual([]);
    const { a, b } = scenario.companies;
    expect([...rfq.awards].sort((x, y) => x.lineNo - y.lineNo || x.workshopId.localeCompare(y.workshopId))).toEqual(
      [
        { lineNo: 1, workshopId: a.companyId, quantity: 12 },
        { lineNo: 1, workshopId: b.companyId, quantity: 8 },
        { lineNo: 2, workshopId: a.companyId, quantity: 20 },
      ].sort((x, y) => x.lineNo - y.lineNo || x.workshopId.localeCompare(y.workshopId)),
    );
    expect(problems).toEqual([]);
  });

  it('shows what waits for an acknowledgement or an answer, and accepts a supplier’s proposed changes', async () => {
    const { page, problems } = await openBoard('#/purchase-orders');
    const { proposalPoB, pendingPoA, poB } = scenario.ids;
    await page.getByRole('heading', { name: '発注', exact: true }).waitFor();

    const unacknowledged = page.locator('#po-unacknowledged');
    await unacknowledged.locator(`tr[data-po-id="${pendingPoA}"]`).filter({ hasText: '岡田精機' }).waitFor();
    expect(await cellsOf(unacknowledged.locator(`tr[data-po-id="${pendingPoA}"]`))).toEqual([pendingPoA, '岡田精機', '注文請け待ち', 'PN-SHAFT × 4（納期 2027/03/10）', scenario.ids.orderId, expect.stringMatching(/^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}$/)]);

    const ownRequest = page.locator(`section.po-queue article[data-po-id="${poB}"]`);
    await ownRequest.filter({ hasText: '김정밀' }).waitFor();
    expect(await ownRequest.innerText()).toMatch(/工場の回答待ち[\s\S]*予備を4個追加[\s\S]*20 → 24/);

    const proposal = page.locator(`article[data-po-id="${proposalPoB}"]`);
    expect(await proposal.locator('tr[data-line-no="1"] [data-field="due-change"]').innerText()).toBe('2027/01/15 → 2027/01/22');
    expect(await proposal.locator('tr[data-line-no="1"] [data-field="quantity-change"]').innerText()).toBe('変更なし');
    await expectAccessible(page, '/board purchase orders');
    await saveScreenshot(page, 'order-board-purchase-orders-1280');

    await proposal.getByRole('button', { name: '変更を受け入れる' }).click();
    await page.getByRole('status').filter({ hasText: `${proposalPoB} の変更を受け入れました。` }).waitFor();
    await proposal.waitFor({ state: 'detached' });
    const answer = await scenario.graphql(scenario.keys.lead, 'query ($id: String!) { purchaseOrder(id: $id) { status lines { lineNo dueDate } } }', { id: proposalPoB });
    expect(answer.data?.['purchaseOrder']).toEqual({ status: 'Accepted', lines: [{ lineNo: 1, dueDate: '2027-01-22' }] });
    expect(await page.locator('#po-all').locator(`tr[data-po-id="${proposalPoB}"] [data-field="po-status"]`).innerText()).toBe('注文請け済み');
    expect(problems).toEqual([]);
  });

  it('reads the same in English, by keyboard, and fits a tablet', async () => {
    const { page, problems } = await openBoard('#/orders', { width: 820, height: 1180 });
    await page.getByLabel('表示言語').selectOption('en');
    await page.getByRole('heading', { name: 'Customer orders', exact: true }).waitFor();
    await page.waitForFunction("document.documentElement.lang === 'en'");
    await expectAccessible(page, '/board orders in English');

    // Keyboard only: from the orders table to an order and its tree.
    const link = page.locator(`tr[data-order-id="${scenario.ids.orderId}"]`).getByRole('link', { name: scenario.ids.orderId });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Order ${scenario.ids.orderId}` }).waitFor();
    await page.waitForFunction("document.activeElement?.id === 'order-heading'");
    await page.locator('tr[data-node-id="BRACKET"]').waitFor();
    await page.getByRole('button', { name: 'Hide the 6 parts under PN-PUMP' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('tr[data-node-id="BRACKET"]').waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    await page.locator('tr[data-node-id="BRACKET"]').waitFor();
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await expectAccessible(page, '/board order detail in English at tablet width');
    await saveScreenshot(page, 'order-board-order-en-820');
    expect(problems).toEqual([]);
  });
});
