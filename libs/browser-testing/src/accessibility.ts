import { readFileSync } from 'node:fs';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What a person relying on a screen reader, a keyboard or good contrast cannot work around. */
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe-core (from npm) in the page as it is now and returns its serious and critical
 * violations. Evaluated through the DevTools protocol, so the page's CSP need not allow it.
 */
export async function blockingAccessibilityViolations(page: Page): Promise<Result[]> {
  await page.evaluate(axeSource);
  const options: RunOptions = { resultTypes: ['violations'] };
  const results = await page.evaluate(
    (runOptions) => (globalThis as unknown as { axe: { run(options: RunOptions): Promise<AxeResults> } }).axe.run(runOptions),
    options,
  );
  return results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
}

/** Fails naming each rule, its impact and the elements that break it. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const violations = await blockingAccessibilityViolations(page);
  if (violations.length === 0) return;
  const lines = violations.map(
    (violation) => `  [${violation.impact}] ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  throw new Error(`${what}: ${violations.length} serious or critical accessibility violation(s):\n${lines.join('\n')}`);
}
