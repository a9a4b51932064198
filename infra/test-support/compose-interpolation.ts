/**
 * Compose's variable substitution, applied to every string value of the file: `$$` is a literal `$`;
 * `${VAR}` / `$VAR`; `${VAR:-default}` / `${VAR-default}`; `${VAR:?message}` / `${VAR?message}` (required);
 * `${VAR:+other}` / `${VAR+other}`. Nested substitutions inside a default are not supported here.
 */
export interface Interpolation {
  /** The shell environment compose would see; empty for "a fresh laptop with nothing exported". */
  readonly env: Readonly<Record<string, string>>;
  /** Stand-ins for required variables (`${SECRET:?...}`) that a person must export before `up`. */
  readonly placeholders: Readonly<Record<string, string>>;
}

export interface Interpolated<T> {
  readonly value: T;
  /** Variables with neither a value nor a default: compose would use an empty string (or stop, when required). */
  readonly problems: readonly string[];
}

const REFERENCE = /\$(?:(\$)|\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;
const BRACED = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])(.*))?$/s;

export function interpolate<T>(value: T, interpolation: Interpolation): Interpolated<T> {
  const problems: string[] = [];
  const walk = (node: unknown, where: string): unknown => {
    if (typeof node === 'string') return substitute(node, where, interpolation, problems);
    if (Array.isArray(node)) return node.map((item, index) => walk(item, `${where}[${index}]`));
    if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item, where ? `${where}.${key}` : key)]));
    return node;
  };
  return { value: walk(value, '') as T, problems };
}

function substitute(text: string, where: string, { env, placeholders }: Interpolation, problems: string[]): string {
  return text.replace(REFERENCE, (whole, dollar?: string, braced?: string, bare?: string) => {
    if (dollar) return '$';
    const match = BRACED.exec(braced ?? bare ?? '');
    if (!match) {
      problems.push(`${where}: cannot read the substitution "${whole}"`);
      return '';
    }
    const [, name = '', operator, operand = ''] = match;
    if (operand.includes('${')) problems.push(`${where}: nested substitution in "${whole}" is not supported by this check`);
    const current = env[name];
    const set = current !== undefined;
    const nonEmpty = set && current !== '';
    switch (operator) {
      case ':-':
        return nonEmpty ? current : operand;
      case '-':
        return set ? current : operand;
      case ':+':
        return nonEmpty ? operand : '';
      case '+':
        return set ? operand : '';
      case ':?':
      case '?': {
        if (operator === ':?' ? nonEmpty : set) return current ?? '';
        const placeholder = placeholders[name];
        if (placeholder === undefined) problems.push(`${where}: ${name} is required ("${whole}") and the check has no placeholder for it`);
        return placeholder ?? '';
      }
      default:
        if (!set) problems.push(`${where}: ${name} has no default; give it one ("\${${name}:-...}") or mark it required ("\${${name}:?...}")`);
        return current ?? '';
    }
  });
}
