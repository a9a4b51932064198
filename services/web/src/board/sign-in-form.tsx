import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';

/** The lead's API key, entered once per tab. `rejected`: the last key was refused by the API. */
export function SignInForm({ rejected, onSignIn }: { rejected: boolean; onSignIn: (apiKey: string) => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);
  const problem = empty ? t('board.signIn.empty') : rejected ? t('board.signIn.rejected') : null;
  return (
    <form
      class="card"
      aria-labelledby="sign-in-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const apiKey = value.trim();
        setEmpty(apiKey.length === 0);
        if (apiKey.length > 0) onSignIn(apiKey);
      }}
    >
      <h2 id="sign-in-heading">{t('board.signIn.heading')}</h2>
      {problem && (
        <p id="api-key-problem" role="alert" class="error">
          {problem}
        </p>
      )}
      <div class="field">
        <label for="api-key">{t('board.signIn.keyLabel')}</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="off"
          spellcheck={false}
          autoFocus
          required
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'api-key-problem api-key-hint' : 'api-key-hint'}
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <p id="api-key-hint" class="hint">
          {t('board.signIn.keyHint')}
        </p>
      </div>
      <button type="submit" class="primary">
        {t('board.signIn.submit')}
      </button>
    </form>
  );
}
