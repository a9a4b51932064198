import { useCallback, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/api-error';
import { attemptFor, type Attempt } from './idempotency';
import { asApiError } from './use-load';

export type ActionState = { readonly state: 'idle' } | { readonly state: 'sending' } | { readonly state: 'failed'; readonly error: ApiError } | { readonly state: 'done' };

/**
 * A command the reader sends with a click. Each new input gets its own idempotency key; sending the
 * same input again after a failure (a lost answer, a timeout) reuses it, so it is never recorded twice.
 */
export function useAction<I>(send: (input: I, idempotencyKey: string) => Promise<void>, onUnauthenticated: () => void) {
  const [state, setState] = useState<ActionState>({ state: 'idle' });
  const attempt = useRef<Attempt | null>(null);
  const sender = useRef(send);
  sender.current = send;
  const run = useCallback(
    async (input: I): Promise<boolean> => {
      attempt.current = attemptFor(attempt.current, input, () => crypto.randomUUID());
      setState({ state: 'sending' });
      try {
        await sender.current(input, attempt.current.key);
        attempt.current = null;
        setState({ state: 'done' });
        return true;
      } catch (error) {
        const failure = asApiError(error);
        if (failure.kind === 'unauthenticated') onUnauthenticated();
        setState({ state: 'failed', error: failure });
        return false;
      }
    },
    [onUnauthenticated],
  );
  const reset = useCallback(() => setState({ state: 'idle' }), []);
  return { state, run, reset };
}
