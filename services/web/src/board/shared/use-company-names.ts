import { useEffect, useState } from 'preact/hooks';
import { knownCompanyName, loadCompanyNames } from './company-names-api';

/**
 * A company's name for an id, once the directory has answered (the id until then, or when the
 * directory does not know it). A name is a nicety: failing to load one never fails the view.
 */
export function useCompanyNames(apiKey: string, ids: readonly string[]): (id: string) => string {
  const wanted = [...new Set(ids)].sort().join('\n');
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (wanted === '') return undefined;
    const abort = new AbortController();
    loadCompanyNames(apiKey, wanted.split('\n'), abort.signal).then(
      () => !abort.signal.aborted && setLoaded((value) => value + 1),
      () => undefined,
    );
    return () => abort.abort();
  }, [apiKey, wanted]);
  return (id) => knownCompanyName(id) ?? id;
}
