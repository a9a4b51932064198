// One segment per line: TAG|field|field... A field may hold any text; four characters are escaped.

export const SEPARATOR = '|';
export const ESCAPE = '\\';

/** The escapes, both ways: `\|` a separator, `\\` a backslash, `\n` and `\r` line breaks. */
const UNESCAPED: Readonly<Record<string, string>> = { '|': '|', '\\': '\\', n: '\n', r: '\r' };

/** A line as read: fields[0] is the tag; `badEscapes` lists positions of fields with an unknown escape. */
export interface SegmentLine {
  readonly line: number;
  readonly tag: string;
  /** The fields after the tag, unescaped; position p (1-based) is fields[p - 1]. */
  readonly fields: readonly string[];
  readonly badEscapes: readonly number[];
}

/** Never fails: an unknown escape keeps its characters and marks the field, for the reader to report. */
export function lexSegment(text: string, line: number): SegmentLine {
  const parts: string[] = [];
  const bad = new Set<number>();
  let current = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (char === SEPARATOR) {
      parts.push(current);
      current = '';
    } else if (char === ESCAPE) {
      const next = text[index + 1];
      const unescaped = next === undefined ? undefined : UNESCAPED[next];
      if (unescaped === undefined) {
        bad.add(parts.length);
        current += char;
      } else {
        current += unescaped;
        index += 1;
      }
    } else {
      current += char;
    }
  }
  parts.push(current);
  const [tag = '', ...fields] = parts;
  return { line, tag, fields, badEscapes: [...bad].filter((position) => position > 0) };
}

export function escapeField(value: string): string {
  return value.replace(/[\\|\n\r]/g, (char) => (char === '\n' ? '\\n' : char === '\r' ? '\\r' : `\\${char}`));
}

/** Canonical form: null and empty fields are empty, and empty fields at the end are left out. */
export function printSegment(tag: string, fields: ReadonlyArray<string | null>): string {
  const printed = fields.map((field) => escapeField(field ?? ''));
  while (printed.length > 0 && printed[printed.length - 1] === '') printed.pop();
  return [tag, ...printed].join(SEPARATOR);
}
