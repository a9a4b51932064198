import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/api-error';

export type Load<T> = { readonly state: 'loading' } | { readonly state: 'loaded'; readonly value: T } | { readonly state: 'failed'; readonly error: ApiError };

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('server', 'CLIENT', error instanceof Error ? error.message : String(error));
}

/**
 * Loads with `load` whenever `key` changes (and on `reload`), dropping the answer to a request
 * superseded meanwhile. An unaccepted key signs the reader out rather than showing an error.
 * A reload keeps what is shown until the new answer is in: no flash of "loading" in a live view.
 */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>, onUnauthenticated: () => void) {
  const [state, setState] = useState<{ readonly key: string; readonly load: Load<T> }>({ key, load: { state: 'loading' } });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useEffect(() => {
    const abort = new AbortController();
    setState((current) => (current.key === key && current.load.state === 'loaded' ? current : { key, load: { state: 'loading' } }));
    load(abort.signal).then(
      (value) => {
        if (!abort.signal.aborted) setState({ key, load: { state: 'loaded', value } });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (error instanceof ApiError && error.kind === 'unauthenticated') onUnauthenticated();
        else setState({ key, load: { state: 'failed', error: asApiError(error) } });
      },
    );
    return () => abort.abort();
    // `load` is a new function on each render; `key` says what it loads.
  }, [key, generation, onUnauthenticated]);
  const update = useCallback((change: (value: T) => T) => setState((current) => (current.load.state === 'loaded' ? { ...current, load: { state: 'loaded', value: change(current.load.value) } } : current)), []);
  // Until the effect has run for a new key, what is held belongs to the old one.
  return { load: state.key === key ? state.load : ({ state: 'loading' } as Load<T>), reload, update };
}

/** How often, and how many times, a view asks again for a change it just made to show up. */
const CATCH_UP_INTERVAL_MS = 250;
const CATCH_UP_ATTEMPTS = 40;

/**
 * After a command, the read model follows the log a few milliseconds behind: while `behind` says
 * the answer does not show the change yet, ask again (a bounded number of times), so the view
 * never shows the state from before the reader's own action as if it were the result.
 */
export function useCatchUp(behind: boolean, answer: unknown, reload: () => void): void {
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    if (!behind) {
      setAttempts(0);
      return undefined;
    }
    if (attempts >= CATCH_UP_ATTEMPTS) return undefined;
    const timer = setTimeout(() => {
      setAttempts((count) => count + 1);
      reload();
    }, CATCH_UP_INTERVAL_MS);
    return () => clearTimeout(timer);
    // A new answer (`answer`) that is still behind schedules the next attempt.
  }, [behind, answer, attempts, reload]);
}
