import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/api-error';
import type { LinkCredentials } from '../auth/link-fragment';
import { useI18n } from '../i18n/i18n-context';
import { ApiErrorMessage } from '../ui/api-error-message';
import { PageLayout } from '../ui/page-layout';
import { CompanyCard } from './company-card';
import { loadCompanyProfile, type CompanyProfile } from './company-profile';
import { outboxStorageKey, parseQueue } from './outbox/outbox';
import { forgetLinkCredentials } from './phone-session';
import { Workbench } from './workbench';

type Loading =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly company: CompanyProfile }
  | { readonly state: 'failed'; readonly error: ApiError }
  | { readonly state: 'link-rejected' };

/** A workshop's phone page: opened from a link that carries its credentials, no sign-in. */
export function PhoneApp({ credentials }: { credentials: LinkCredentials | null }) {
  return <PageLayout titleKey="phone.title">{credentials ? <CompanyPanel credentials={credentials} /> : <NoLink />}</PageLayout>;
}

function NoLink() {
  const { t } = useI18n();
  return (
    <p role="alert" class="error">
      {t('phone.noLink')}
    </p>
  );
}

function CompanyPanel({ credentials }: { credentials: LinkCredentials }) {
  const { t } = useI18n();
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The link stopped working: forget it, keep every tap not sent (stored per company) for the next link.
  const linkRejected = useCallback(() => {
    forgetLinkCredentials();
    setLoading({ state: 'link-rejected' });
  }, []);
  useEffect(() => {
    const abort = new AbortController();
    setLoading({ state: 'loading' });
    loadCompanyProfile(credentials.company, credentials.token, abort.signal).then(
      (company) => setLoading({ state: 'loaded', company }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (error instanceof ApiError && error.kind === 'unauthenticated') linkRejected();
        else setLoading({ state: 'failed', error: error instanceof ApiError ? error : new ApiError('server', 'CLIENT', String(error)) });
      },
    );
    return () => abort.abort();
  }, [credentials, attempt, linkRejected]);

  if (loading.state === 'loading') return <p role="status">{t('status.loading')}</p>;
  if (loading.state === 'loaded') {
    return (
      <>
        <Workbench company={loading.company} token={credentials.token} onLinkRejected={linkRejected} />
        <CompanyCard company={loading.company} />
      </>
    );
  }
  if (loading.state === 'link-rejected') return <LinkRejected companyId={credentials.company} />;
  const { error } = loading;
  if (error.kind === 'unauthenticated' || error.kind === 'forbidden') return <LinkRejected companyId={credentials.company} />;
  if (error.kind === 'not-found') {
    return (
      <p role="alert" class="error">
        {t('phone.companyNotFound', { company: credentials.company })}
      </p>
    );
  }
  return <ApiErrorMessage error={error} onRetry={() => setAttempt((value) => value + 1)} />;
}

function LinkRejected({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  let kept = 0;
  try {
    kept = parseQueue(localStorage.getItem(outboxStorageKey(companyId))).length;
  } catch {
    kept = 0;
  }
  return (
    <div role="alert" class="error">
      <p>{t('phone.linkRejected')}</p>
      {kept > 0 && <p>{t('phone.linkRejected.kept', { count: kept })}</p>}
    </div>
  );
}
