import { useEffect, useState } from 'preact/hooks';
import { graphqlRequest } from '../../api/graphql-client';

/** One query for every company asked about: `c0: company(id: $id0) { name }`, ... */
export function companyNamesQuery(ids: readonly string[]): { query: string; variables: Record<string, string> } {
  const variables = Object.fromEntries(ids.map((id, index) => [`id${index}`, id]));
  const parameters = ids.map((_id, index) => `$id${index}: String!`).join(', ');
  const fields = ids.map((_id, index) => `c${index}: company(id: $id${index}) { name }`).join(' ');
  return { query: `query PhoneCompanyNames(${parameters}) { ${fields} }`, variables };
}

/**
 * The legal names of the companies the lists name (buyers, RFQ issuers), from the directory's
 * public profiles; an id stands in for a name not read (yet).
 */
export function useCompanyNames(ids: readonly string[], token: string): Readonly<Record<string, string>> {
  const [names, setNames] = useState<Readonly<Record<string, string>>>({});
  const wanted = [...new Set(ids)].filter((id) => !(id in names)).sort();
  const key = wanted.join('\n');
  useEffect(() => {
    if (wanted.length === 0) return undefined;
    const abort = new AbortController();
    const { query, variables } = companyNamesQuery(wanted);
    graphqlRequest<Record<string, { name: string } | null>>(query, variables, token, abort.signal).then(
      (answer) => setNames((current) => ({ ...current, ...Object.fromEntries(wanted.map((id, index) => [id, answer[`c${index}`]?.name ?? id])) })),
      () => undefined, // The ids stay; the next list that names them asks again.
    );
    return () => abort.abort();
    // `key` is `wanted` as text: a new array each render must not ask again.
  }, [key, token]);
  return names;
}
