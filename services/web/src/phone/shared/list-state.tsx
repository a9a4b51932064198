import type { ComponentChildren } from 'preact';
import type { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import { ApiErrorMessage } from '../../ui/api-error-message';

/**
 * A list's frame: a heading for screen readers, "loading" before the first read, the error of
 * a read that failed (the list as last read stays below it; without signal that is only a
 * note), "none", or the items.
 */
export function ListFrame({
  heading,
  empty,
  count,
  error,
  truncated,
  onRetry,
  children,
}: {
  heading: MessageKey;
  empty: MessageKey;
  count: number | null;
  error: ApiError | null;
  truncated: boolean;
  onRetry: () => void;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`${heading}-heading`}>
      <h2 id={`${heading}-heading`} class="visually-hidden">
        {t(heading)}
      </h2>
      {error && (error.kind === 'network' && count !== null ? <p class="hint stale">{t('phone.staleLists')}</p> : <ApiErrorMessage error={error} onRetry={onRetry} />)}
      {count === null && !error && <p role="status">{t('status.loading')}</p>}
      {count === 0 && <p class="empty">{t(empty)}</p>}
      {count !== null && count > 0 && children}
      {truncated && count !== null && <p class="hint">{t('phone.truncated', { count })}</p>}
    </section>
  );
}
