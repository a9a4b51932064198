import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Git-ignored; CI keeps what the last run looked like for a person to check. */
export const SCREENSHOT_DIR = resolve(__dirname, '..', '..', '..', 'artifacts', 'screenshots');

/** The whole page as a PNG named `name`; returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
