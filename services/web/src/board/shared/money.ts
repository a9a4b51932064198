import type { Money } from '../rfqs/quote-comparison';

/**
 * A price as the locale writes it, from its exact decimal string (Intl formats a numeric string
 * without turning it into a float first). Decimals the quote gave are kept ("95.50" stays 95.50,
 * even in yen); zeros-only decimals fall back to the currency's usual places. An unknown currency
 * code is shown as given.
 */
export function formatMoney(money: Money, locale: string): string {
  const fraction = /\.(\d+)$/.exec(money.amount.trim())?.[1] ?? '';
  try {
    const usual = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    const digits = Math.max(usual.resolvedOptions().minimumFractionDigits ?? 0, /^0*$/.test(fraction) ? 0 : fraction.length);
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(money.amount.trim() as `${number}`);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}
