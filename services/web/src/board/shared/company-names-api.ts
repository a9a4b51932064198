import { graphqlRequest } from '../../api/graphql-client';

/** Company ids as names: the directory's public profiles, asked once per id for the tab's life. */
const known = new Map<string, string | null>();

/** Names of `ids` not yet asked, in one query (an aliased field per id); an unknown company stays unnamed. */
export async function loadCompanyNames(token: string, ids: readonly string[], signal?: AbortSignal): Promise<ReadonlyMap<string, string | null>> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (missing.length > 0) {
    const variables = Object.fromEntries(missing.map((id, index) => [`c${index}`, id]));
    const query = `query BoardCompanyNames(${missing.map((_, index) => `$c${index}: String!`).join(', ')}) { ${missing
      .map((_, index) => `c${index}: company(id: $c${index}) { name }`)
      .join(' ')} }`;
    const answer = await graphqlRequest<Record<string, { name: string } | null>>(query, variables, token, signal);
    missing.forEach((id, index) => known.set(id, answer[`c${index}`]?.name ?? null));
  }
  return new Map(ids.map((id) => [id, known.get(id) ?? null]));
}

/** What a page already knows, without asking: lets a name show at once on a second visit. */
export function knownCompanyName(id: string): string | null {
  return known.get(id) ?? null;
}
