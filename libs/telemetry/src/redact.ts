export const REDACTED = '[redacted]';

/** Credentials by name: headers, API keys, phone-link tokens, webhook signing secrets, connection strings. */
const SECRET_KEY = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[-_]?keys?|password|passwd|.*secret|.*token|.*signature|.*signing[-_]?key|database[-_]?url|connection[-_]?string|esdb[-_]?connection[-_]?string)$/i;
/** Prices stay between the parties that agreed them: any price, amount or total. */
const PRICE_KEY = /^(.*price|.*amount|(sub|grand|line)?total)$/i;
/** Deeper than this is cut off: a log line is no place for a whole document. */
const MAX_DEPTH = 8;

export function isSensitiveKey(key: string): boolean {
  return SECRET_KEY.test(key) || PRICE_KEY.test(key);
}

/**
 * A copy of a value to log with every sensitive field, at any depth, replaced by `[redacted]`.
 * Errors keep their message and stack (scrubbed like any text); class instances other than
 * Error and Date are logged by their own enumerable fields.
 */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const copy: Record<string, unknown> = {};
  if (value instanceof Error) {
    copy['type'] = value.name;
    copy['message'] = scrubText(value.message);
    if (value.stack !== undefined) copy['stack'] = scrubText(value.stack);
  }
  for (const [key, field] of Object.entries(value)) {
    copy[key] = isSensitiveKey(key) ? REDACTED : redactValue(field, depth + 1);
  }
  return copy;
}

/**
 * Free text can carry a secret too (an error quoting a header or a connection string): the
 * bearer credential and a URL's password are cut out of it.
 */
export function scrubText(text: string): string {
  return text.replace(/\b(Bearer|Basic)\s+[^\s"',;]+/gi, `$1 ${REDACTED}`).replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]+:)[^@\s/]+@/gi, `$1${REDACTED}@`);
}
