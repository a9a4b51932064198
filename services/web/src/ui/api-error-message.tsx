import type { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/i18n-context';

/** A failure the reader can do nothing about but wait or retry, said in their language. */
export function ApiErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" class="error">
      <p>{error.kind === 'network' ? t('error.network') : t('error.server', { code: error.code })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('action.retry')}
        </button>
      )}
    </div>
  );
}
