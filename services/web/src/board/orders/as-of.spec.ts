import { localInputOfMoment, momentOfLocalInput, recordedBy } from './as-of';

describe('as-of picker values', () => {
  it('reads the picker’s wall-clock value as a moment and shows it back the same', () => {
    for (const value of ['2026-11-20T09:30:15', '2026-03-29T02:30:00', '2026-12-31T23:59:59']) {
      const moment = momentOfLocalInput(value);
      expect(moment).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
      expect(Math.abs(Date.parse(momentOfLocalInput(localInputOfMoment(moment as string)) as string) - Date.parse(moment as string))).toBe(0);
    }
  });

  it('takes a value to the minute, as pickers send one without seconds', () => {
    expect(momentOfLocalInput('2026-11-20T09:30')).toBe(new Date(2026, 10, 20, 9, 30, 0).toISOString());
  });

  it('refuses an incomplete value', () => {
    for (const value of ['', '2026-11-20', '2026-11-20T9:30', 'yesterday']) expect(momentOfLocalInput(value)).toBeNull();
  });

  it('keeps the timeline entries recorded up to the moment of a past view', () => {
    const entries = [{ recordedAt: '2026-11-20T00:00:00.000Z' }, { recordedAt: '2026-11-20T00:00:01.000Z' }, { recordedAt: '2026-11-21T00:00:00.000Z' }];
    expect(recordedBy(entries, '2026-11-20T00:00:01.000Z')).toHaveLength(2);
    expect(recordedBy(entries, null)).toHaveLength(3);
  });
});
