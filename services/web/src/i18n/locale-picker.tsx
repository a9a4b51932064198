import { LOCALES, LOCALE_NAMES, isLocale } from './locales';
import { useI18n } from './i18n-context';

export function LocalePicker() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div class="locale-picker">
      <label for="locale">{t('locale.label')}</label>
      <select id="locale" value={locale} onChange={(event) => isLocale(event.currentTarget.value) && setLocale(event.currentTarget.value)}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
