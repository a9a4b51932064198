/**
 * If-None-Match on a GET or HEAD whose answer carries an ETag (weak comparison,
 * RFC 9110 §13.1.2): true when the client's copy is current and a 304 will do.
 * `Cache-Control: no-cache` asks for the full answer.
 */
export function notModified(request: { readonly 'if-none-match'?: string | undefined; readonly 'cache-control'?: string | undefined }, etag: string): boolean {
  const ifNoneMatch = request['if-none-match'];
  if (!ifNoneMatch) return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/.test(request['cache-control'] ?? '')) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const current = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === current);
}
