import type { Money } from '../outbox/phone-commands';

/**
 * A price as the locale writes it, to the last decimal sent (a decimal string is formatted as
 * it is, never through a float). An unknown currency code shows as code and amount.
 */
export function formatMoney(money: Money, locale: string): string {
  try {
    // As many decimals as the price has (2222.40 stays 2,222.40), never fewer than the currency's own.
    const decimals = Math.min(4, (money.amount.split('.')[1] ?? '').length);
    const usual = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).resolvedOptions().minimumFractionDigits ?? 0;
    const digits = Math.max(decimals, usual);
    // Intl formats a decimal string exactly; the DOM typings only know numbers.
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(money.amount as unknown as number);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}
