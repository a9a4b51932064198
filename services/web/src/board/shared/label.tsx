import { useI18n } from '../../i18n/i18n-context';
import { labelKeyOf } from './labels';
import type { MessageKey } from '../../i18n/locales';

/** A code the API sends (a status, a reason) in the reader's words; an unknown code as sent. */
export function Label({ labels, code }: { labels: Readonly<Record<string, MessageKey>>; code: string | null }) {
  const { t } = useI18n();
  if (code === null) return <>—</>;
  const key = labelKeyOf(labels, code);
  return <>{key === null ? code : t(key)}</>;
}
