const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema names come from configuration; only plain lower-case identifiers are accepted, then quoted. */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new RangeError(`schema "${name}": must match ${IDENTIFIER.source} (lower-case letters, digits, underscore)`);
  }
  return `"${name}"`;
}
