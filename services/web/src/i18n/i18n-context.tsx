import { createContext, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { formatCalendarDate, formatDateTime, formatPercent } from './format';
import { DEFAULT_LOCALE, isLocale, translate, type Locale, type MessageKey, type MessageParams } from './locales';

const LOCALE_KEY = 'renkei.locale';

export interface I18n {
  readonly locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: MessageParams): string;
  dateTime(value: string | Date, timeZone: string): string;
  calendarDate(value: string): string;
  percent(value: number): string;
}

const I18nContext = createContext<I18n | null>(null);

/** The reader's choice of language is a preference, not a secret: kept across visits. */
function savedLocale(): Locale {
  try {
    const saved = localStorage.getItem(LOCALE_KEY);
    return isLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function I18nProvider({ titleKey, children }: { titleKey: MessageKey; children: ComponentChildren }) {
  const [locale, setLocaleState] = useState<Locale>(savedLocale);
  const i18n = useMemo<I18n>(
    () => ({
      locale,
      setLocale: (next) => {
        setLocaleState(next);
        try {
          localStorage.setItem(LOCALE_KEY, next);
        } catch {
          // Storage may be off (private mode): the choice then lasts as long as the page.
        }
      },
      t: (key, params) => translate(locale, key, params),
      dateTime: (value, timeZone) => formatDateTime(value, locale, timeZone),
      calendarDate: (value) => formatCalendarDate(value, locale),
      percent: (value) => formatPercent(value, locale),
    }),
    [locale],
  );
  // Screen readers pick their voice from lang; the tab title follows the language too. Set before
  // the browser paints the new words, so text and lang never disagree, not even for a frame.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${translate(locale, 'app.name')} — ${translate(locale, titleKey)}`;
  }, [locale, titleKey]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n needs an <I18nProvider> above it');
  return i18n;
}
