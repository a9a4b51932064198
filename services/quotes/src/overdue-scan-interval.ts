export const OVERDUE_SCAN_MS_VARIABLE = 'RENKEI_OVERDUE_SCAN_MS';
const DEFAULT_MS = 60_000;
const MIN_MS = 100;
const MAX_MS = 86_400_000;

/** How often the overdue scheduler looks for RFQs past their answer deadline; a bad value stops start-up, naming the variable. */
export function overdueScanIntervalMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env[OVERDUE_SCAN_MS_VARIABLE];
  if (raw === undefined || raw.trim() === '') return DEFAULT_MS;
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < MIN_MS || value > MAX_MS) {
    throw new Error(`${OVERDUE_SCAN_MS_VARIABLE} must be a whole number of milliseconds from ${MIN_MS} to ${MAX_MS} (default ${DEFAULT_MS}); got ${JSON.stringify(raw)}`);
  }
  return value;
}
