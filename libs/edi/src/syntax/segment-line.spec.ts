import { escapeField, lexSegment, printSegment } from './segment-line';

describe('one segment per line', () => {
  it('splits a line into its tag and fields', () => {
    expect(lexSegment('ACK|PO-1|REJECT||no material', 7)).toEqual({ line: 7, tag: 'ACK', fields: ['PO-1', 'REJECT', '', 'no material'], badEscapes: [] });
  });

  it('reads the four escapes, so a field may hold separators, backslashes and line breaks', () => {
    expect(lexSegment('NTE|a\\|b \\\\ c\\nd\\re', 1).fields).toEqual(['a|b \\ c\nd\re']);
  });

  it('marks a field with an unknown escape, or a backslash at its end, and keeps reading', () => {
    expect(lexSegment('NTE|fine|C:\\temp|end\\', 1)).toMatchObject({ fields: ['fine', 'C:\\temp', 'end\\'], badEscapes: [2, 3] });
  });

  it('prints what it reads, escaping the same four characters', () => {
    const value = 'a|b \\ c\nd\re';
    expect(escapeField(value)).toBe('a\\|b \\\\ c\\nd\\re');
    expect(lexSegment(printSegment('NTE', [value]), 1).fields).toEqual([value]);
  });

  it('leaves out empty fields at the end, never in the middle', () => {
    expect(printSegment('PRG', ['PO-1', '1', null, '', 'x', null, ''])).toBe('PRG|PO-1|1|||x');
    expect(printSegment('AAK', [null, ''])).toBe('AAK');
  });
});
