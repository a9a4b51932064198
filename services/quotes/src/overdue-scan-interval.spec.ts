import { overdueScanIntervalMs } from './overdue-scan-interval';

describe('overdueScanIntervalMs', () => {
  it('defaults to one minute when unset or blank', () => {
    expect(overdueScanIntervalMs({})).toBe(60_000);
    expect(overdueScanIntervalMs({ RENKEI_OVERDUE_SCAN_MS: ' ' })).toBe(60_000);
  });

  it('takes a whole number of milliseconds', () => {
    expect(overdueScanIntervalMs({ RENKEI_OVERDUE_SCAN_MS: '5000' })).toBe(5000);
  });

  it.each(['1m', '-5', '2.5', '0', '99', '86400001'])('refuses %j, naming the variable and what is allowed', (raw) => {
    expect(() => overdueScanIntervalMs({ RENKEI_OVERDUE_SCAN_MS: raw })).toThrow(/RENKEI_OVERDUE_SCAN_MS must be a whole number of milliseconds from 100 to 86400000/);
  });
});
