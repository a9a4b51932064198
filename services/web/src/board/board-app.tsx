import { useCallback, useState } from 'preact/hooks';
import { sessionValue } from '../auth/session-value';
import { useI18n } from '../i18n/i18n-context';
import { PageLayout } from '../ui/page-layout';
import { BoardViews } from './board-views';
import { SignInForm } from './sign-in-form';

const storedKey = sessionValue('renkei.board.apiKey');

export function BoardApp() {
  const { t } = useI18n();
  const [apiKey, setApiKey] = useState<string | null>(() => storedKey.get());
  const [rejected, setRejected] = useState(false);
  const signOut = useCallback(() => {
    storedKey.clear();
    setApiKey(null);
  }, []);
  const refused = useCallback(() => {
    signOut();
    setRejected(true);
  }, [signOut]);
  return (
    <PageLayout
      titleKey="board.title"
      actions={
        apiKey && (
          <button type="button" onClick={signOut}>
            {t('session.signOut')}
          </button>
        )
      }
    >
      {apiKey ? (
        <BoardViews apiKey={apiKey} onUnauthenticated={refused} />
      ) : (
        <SignInForm
          rejected={rejected}
          onSignIn={(key) => {
            storedKey.set(key);
            setRejected(false);
            setApiKey(key);
          }}
        />
      )}
    </PageLayout>
  );
}
