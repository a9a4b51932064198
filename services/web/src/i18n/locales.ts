import { en } from './catalogs/en';
import { ja, type Catalog, type MessageKey } from './catalogs/ja';
import { ko } from './catalogs/ko';

export type { MessageKey } from './catalogs/ja';

export const LOCALES = ['ja', 'en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';
/** Each language named in itself, so a reader finds their own whatever the page shows now. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { ja: '日本語', en: 'English', ko: '한국어' };

const catalogs: Readonly<Record<Locale, Catalog>> = { ja, en, ko };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** The message in `locale`, with `{name}` placeholders filled in (numbers in the locale's digits grouping). */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}
