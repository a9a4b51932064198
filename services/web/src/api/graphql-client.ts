import { ApiError, kindOfGraphQLCode, kindOfStatus, networkError } from './api-error';
import { authorizationHeader } from './credentials';

interface GraphQLAnswer<TData> {
  readonly data?: TData | null;
  readonly errors?: ReadonlyArray<{ readonly message: string; readonly extensions?: { readonly code?: string; readonly status?: number } }>;
}

/** One query or mutation over HTTP (POST /graphql), as any other client of the public API sends it. */
export async function graphqlRequest<TData>(query: string, variables: Record<string, unknown>, token: string, signal?: AbortSignal): Promise<TData> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { authorization: authorizationHeader(token), 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError(error);
  }
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<TData>;
  const first = answer.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? `HTTP_${response.status}`;
    // A refused command carries the status REST would answer (e.g. 409 for ORDERS.CHANGE_PENDING): the kind follows it.
    const status = first.extensions?.status;
    const kind = typeof status === 'number' ? kindOfStatus(status) : first.extensions?.code ? kindOfGraphQLCode(code) : kindOfStatus(response.status);
    throw new ApiError(kind, code, first.message);
  }
  if (!response.ok || answer.data === undefined || answer.data === null) {
    throw new ApiError(kindOfStatus(response.status), `HTTP_${response.status}`, `POST /graphql answered ${response.status}`);
  }
  return answer.data;
}
