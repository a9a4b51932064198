import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import type { OutboxView } from './use-outbox';

type State = 'idle' | 'offline' | 'sending' | 'retrying' | 'sent';

function stateOf(outbox: OutboxView, sentSomething: boolean): State {
  if (outbox.queue.length === 0) return sentSomething ? 'sent' : 'idle';
  if (!outbox.online) return 'offline';
  if (outbox.retrying) return 'retrying';
  return 'sending';
}

/**
 * How the taps stand, said once and politely (a live region): waiting offline, being sent,
 * retried, or all sent. Status is in words, never colour alone; data-outbox is for tests.
 */
export function OutboxStatus({ outbox }: { outbox: OutboxView }) {
  const { t } = useI18n();
  const [sentSomething, setSentSomething] = useState(false);
  const waited = useRef(outbox.queue.length);
  useEffect(() => {
    if (outbox.queue.length < waited.current) setSentSomething(true);
    waited.current = outbox.queue.length;
  }, [outbox.queue.length]);
  const state = stateOf(outbox, sentSomething);
  const count = outbox.queue.length;
  const message = {
    idle: '',
    offline: t('phone.outbox.offline', { count }),
    sending: t('phone.outbox.sending', { count }),
    retrying: t('phone.outbox.retrying', { count }),
    sent: t('phone.outbox.allSent'),
  }[state];
  return (
    <div class={`outbox outbox-${state}`} data-outbox={state} data-waiting={count} data-sending={outbox.sending !== null}>
      <p role="status" class="outbox-message">
        {message}
      </p>
      {(state === 'offline' || state === 'retrying') && (
        <button type="button" class="send-now" onClick={outbox.sendNow}>
          {t('phone.outbox.sendNow')}
        </button>
      )}
    </div>
  );
}
