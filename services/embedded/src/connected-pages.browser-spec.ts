import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeWithBrowser, expectAccessible, launchChromium, saveScreenshot } from '@renkei/browser-testing';
import { startWebScenario, type WebScenario } from './web-scenario.fixtures';

/** Chromium logs a failed fetch as a console error: expected on the phone while it is offline. */
const EXPECTED_OFFLINE_ERRORS = /net::ERR_INTERNET_DISCONNECTED/;

/**
 * The two pages at once, as the issue tells it: a workshop foreman reports on a phone (opened from
 * a real phone link), and the lead, with the order open on its board at a desk, sees each report
 * arrive without reloading — including the one tapped while the phone had no signal.
 */
describeWithBrowser('a workshop’s phone and the lead’s board, together (Chromium)', () => {
  let scenario: WebScenario;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  const open = async (options: Parameters<Browser['newContext']>[0], expected?: RegExp): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ locale: 'ja-JP', ...options });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !expected?.test(message.text())) problems.push(`console error: ${message.text()}`);
    });
    return { context, page };
  };

  beforeAll(async () => {
    [scenario, browser] = await Promise.all([startWebScenario('together'), launchChromium()]);
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await scenario?.stop();
  });

  it('each tap on the phone shows on the open board without a reload; a tap made offline shows once the phone is back online', async () => {
    const { orderId, poA } = scenario.ids;
    const { a } = scenario.companies;

    // The lead, at a desk: the order open on the board, live.
    const board = await open({ viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Tokyo' });
    await board.page.goto(`${scenario.url}/board#/orders/${orderId}`);
    await board.page.getByLabel('API キー').fill(scenario.keys.lead);
    await board.page.getByRole('button', { name: 'サインイン' }).click();
    const bracketNode = board.page.locator('tr[data-node-id="BRACKET"]');
    await bracketNode.waitFor();
    await board.page.locator('[data-live="connected"]').waitFor();
    expect(await bracketNode.locator('[data-field="progress"]').innerText()).toMatch(/^0%/);
    await board.page.evaluate("window.boardMarker = 'not reloaded'");
    const reportsOnBoard = () => board.page.locator('li[data-event-type="ProgressReported"]').count();
    expect(await reportsOnBoard()).toBe(0);

    // The foreman, on the shop floor: the link the consortium office sent, on a phone.
    const link = await scenario.phoneLink(a.companyId, 'line 1 foreman');
    const phone = await open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, timezoneId: 'Asia/Tokyo' }, EXPECTED_OFFLINE_ERRORS);
    await phone.page.goto(link.url);
    const bracketCard = phone.page.locator(`[data-work-item="${poA}/1"]`);
    await bracketCard.waitFor();

    // Start, then finish, operation 10: the board follows each, live.
    await bracketCard.getByRole('button', { name: '開始: 10 フライス加工' }).click();
    await bracketCard.locator('[data-tap="sent"]').waitFor();
    await bracketNode.locator('[data-field="status"]').filter({ hasText: '作業中' }).waitFor();
    await board.page.locator('li[data-event-type="ProgressReported"]').nth(0).waitFor();

    await bracketCard.getByRole('button', { name: '数量を入力' }).click();
    await bracketCard.getByLabel('良品', { exact: true }).fill('10');
    await bracketCard.getByRole('button', { name: '数量を記録' }).click();
    await bracketCard.getByRole('button', { name: '完了: 10 フライス加工' }).click();
    await bracketCard.locator('.next-op', { hasText: '30 検査' }).waitFor();
    await board.page.locator('li[data-event-type="OperationCompleted"]').first().waitFor();
    // 10 good of 20 ordered, operation 30 still to do: half way, not finished.
    await bracketNode.locator('[data-field="progress"]').filter({ hasText: /^50%/ }).waitFor();
    expect(await bracketNode.locator('[data-field="status"]').innerText()).toContain('作業中');

    // No signal: the delay report waits on the phone, visibly, and the board does not have it yet.
    await phone.context.setOffline(true);
    await bracketCard.getByRole('button', { name: '遅れを報告' }).click();
    await bracketCard.getByRole('radio', { name: '設備・機械' }).check();
    await bracketCard.getByLabel('新しい完了予定日').fill('2027-03-19');
    await bracketCard.getByRole('button', { name: '遅れを送信' }).click();
    await phone.page.locator('[data-outbox]').filter({ hasText: 'オフライン' }).waitFor();
    await saveScreenshot(phone.page, 'together-phone-offline-360');
    expect(await board.page.locator('tr[data-delay-for="BRACKET"]').count()).toBe(0);

    // Signal again: it is sent by itself, once, and the board shows the delay inline, still without a reload.
    await phone.context.setOffline(false);
    await phone.page.locator('[data-outbox]').filter({ hasText: 'すべて送信しました' }).waitFor();
    const delayRow = board.page.locator('tr[data-delay-for="BRACKET"]').filter({ hasText: '岡田精機' });
    await delayRow.waitFor();
    expect(await delayRow.innerText()).toMatch(/設備・機械[\s\S]*2027\/03\/19/);
    await bracketNode.locator('[data-field="status"]').filter({ hasText: '遅延' }).waitFor();
    expect(await board.page.evaluate<string>('window.boardMarker')).toBe('not reloaded');

    // Four taps (start, counts, finish, delay), four reports on the lead's timeline: none lost, none doubled.
    await board.page.locator('li[data-event-type="ProgressReported"]').nth(3).waitFor();
    expect(await reportsOnBoard()).toBe(4);
    const timeline = await scenario.graphql(scenario.keys.lead, 'query ($orderId: String!) { timeline(orderId: $orderId) { type poId lineNo } }', { orderId });
    const reports = (timeline.data?.['timeline'] as Array<{ type: string; poId: string | null; lineNo: number | null }>).filter((entry) => entry.type === 'ProgressReported');
    expect(reports).toEqual(Array.from({ length: 4 }, () => ({ type: 'ProgressReported', poId: poA, lineNo: 1 })));

    await expectAccessible(board.page, '/board order, after the phone’s reports');
    await expectAccessible(phone.page, '/phone, after its reports');
    await saveScreenshot(board.page, 'together-board-1280');
    await saveScreenshot(phone.page, 'together-phone-360');
    expect(problems).toEqual([]);
  });
});
