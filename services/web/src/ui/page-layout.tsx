import type { ComponentChildren } from 'preact';
import { LocalePicker } from '../i18n/locale-picker';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/locales';

/** Header (product, page title, actions, language) and the page's one main landmark. */
export function PageLayout({ titleKey, actions, children }: { titleKey: MessageKey; actions?: ComponentChildren; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <>
      <header class="page-header">
        <p class="app-name">{t('app.name')}</p>
        <h1>{t(titleKey)}</h1>
        <div class="header-actions">
          {actions}
          <LocalePicker />
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
