/** Prices arrive as decimal strings ("1250.50"): compared and multiplied exactly, never through a float. */
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

function scaled(amount: string): Scaled | null {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return null;
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] === '-' ? -units : units, scale: fraction.length };
}

function atScale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

/** Negative when a < b, positive when a > b, 0 when equal; null when either is not a decimal. */
export function compareDecimals(a: string, b: string): number | null {
  const left = scaled(a);
  const right = scaled(b);
  if (left === null || right === null) return null;
  const scale = Math.max(left.scale, right.scale);
  const difference = atScale(left, scale) - atScale(right, scale);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** amount × a whole count, as a decimal string with the amount's places; null when amount is not a decimal. */
export function multiplyDecimal(amount: string, count: number): string | null {
  const value = scaled(amount);
  if (value === null || !Number.isInteger(count)) return null;
  const product = value.units * BigInt(count);
  const negative = product < 0n;
  const digits = (negative ? -product : product).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale);
  return `${negative ? '-' : ''}${whole}${value.scale > 0 ? `.${fraction}` : ''}`;
}
