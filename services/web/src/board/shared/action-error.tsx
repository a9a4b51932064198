import type { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n-context';

/**
 * A command the API refused, with its reason: the message names the field and the rule
 * (in English, as the API writes it) and the code lets support find it.
 */
export function ActionError({ error, id }: { error: ApiError; id?: string }) {
  const { t } = useI18n();
  return (
    <div role="alert" class="error" id={id}>
      <p>{error.kind === 'network' ? t('error.network') : t('board.action.refused')}</p>
      {error.kind !== 'network' && (
        <p class="api-message">
          <span lang="en">{error.message}</span> <code>{error.code}</code>
        </p>
      )}
    </div>
  );
}
