import { dateField, fitText, percentField, textField, timestampField } from './field-types';

describe('field formats', () => {
  it('takes real calendar days only, leap days included', () => {
    expect(dateField.read('2028-02-29').ok).toBe(true);
    expect(dateField.read('2026-02-29').ok).toBe(false);
    expect(dateField.read('2026-04-31').ok).toBe(false);
    expect(dateField.read('2026-13-01').ok).toBe(false);
    expect(dateField.read('0050-01-01').ok).toBe(true);
  });

  it('takes timestamps in UTC with seconds, with or without a fraction', () => {
    expect(timestampField.read('2026-11-20T09:00:00Z').ok).toBe(true);
    expect(timestampField.read('2026-11-20T09:00:00.123456789Z').ok).toBe(true);
    for (const refused of ['2026-11-20T09:00:00+09:00', '2026-11-20T09:00Z', '2026-11-20 09:00:00Z', '2026-11-20T24:00:00Z', '2026-11-20T09:60:00Z', '2026-02-30T09:00:00Z', '2026-11-20t09:00:00z']) {
      expect([refused, timestampField.read(refused).ok]).toEqual([refused, false]);
    }
  });

  it('takes percentages from 0 to 100 with up to 4 decimals', () => {
    expect(['0', '37.5', '100', '99.9999'].map((raw) => percentField.read(raw))).toEqual([0, 37.5, 100, 99.9999].map((value) => ({ ok: true, value })));
    expect(['100.0001', '-1', '1e2', '50.12345', '.5'].map((raw) => percentField.read(raw).ok)).toEqual([false, false, false, false, false]);
  });

  it('keeps tabs and line breaks in text, refuses other control characters', () => {
    expect(textField(10).read('a\tb\nc').ok).toBe(true);
    expect(textField(10).read('a\u0000b').ok).toBe(false);
    expect(textField(10).read('\ud83d').ok).toBe(false);
  });
});

describe('fitText', () => {
  it('makes any text a valid text field: controls replaced, clipped with an ellipsis, never empty', () => {
    expect(fitText('bell\u0007', 20)).toBe('bell?');
    expect(fitText('abcdefghij', 5)).toBe('abcd…');
    expect(fitText('   ', 5)).toBe('?');
    expect(fitText('ab😀cd', 4)).toBe('ab…');
    for (const text of ['bell\u0007', 'abcdefghij', '   ', 'ab😀cd', '\ud800x']) expect(textField(5).read(fitText(text, 5)).ok).toBe(true);
  });
});
