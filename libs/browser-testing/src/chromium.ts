import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it), or the one RENKEI_CHROMIUM names. */
export function chromiumPath(): string | null {
  const path = process.env['RENKEI_CHROMIUM'] || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/** As CI machines run it: no display, no GPU, and as root, so without Chromium's own sandbox. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu'] as const;

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (executablePath === null) throw new Error('no Chromium: install it with `apt-get install -y chromium`, or set RENKEI_CHROMIUM');
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS], timeout: 30_000 });
}

/**
 * Browser tests run when Chromium is installed. Without it they are skipped with one loud line,
 * unless REQUIRE_BROWSER=1 (as in CI), where the missing browser fails them.
 */
export function describeWithBrowser(name: string, body: () => void): void {
  if (chromiumPath() !== null) {
    describe(name, body);
    return;
  }
  if (process.env['REQUIRE_BROWSER'] === '1') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${process.env['RENKEI_CHROMIUM'] || '/usr/bin/chromium'}: apt-get install -y chromium`);
      });
    });
    return;
  }
  process.stderr.write(`\n!!!!! SKIPPED (no Chromium): "${name}" — apt-get install -y chromium, or set RENKEI_CHROMIUM !!!!!\n`);
  describe.skip(name, body);
}
