import { notModified } from './conditional-get';

describe('notModified', () => {
  it('is true when If-None-Match names the current ETag, weakly or in a list', () => {
    expect(notModified({ 'if-none-match': '"3"' }, '"3"')).toBe(true);
    expect(notModified({ 'if-none-match': 'W/"3"' }, '"3"')).toBe(true);
    expect(notModified({ 'if-none-match': '"1", "3"' }, '"3"')).toBe(true);
    expect(notModified({ 'if-none-match': '*' }, '"3"')).toBe(true);
  });

  it('is false for another revision, no condition, or Cache-Control: no-cache', () => {
    expect(notModified({ 'if-none-match': '"2"' }, '"3"')).toBe(false);
    expect(notModified({}, '"3"')).toBe(false);
    expect(notModified({ 'if-none-match': '"3"', 'cache-control': 'max-age=0, no-cache' }, '"3"')).toBe(false);
  });
});
