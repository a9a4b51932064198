/** What went wrong, in the terms a page acts on: sign in again, say "not found", or say "try again". */
export type ApiErrorKind = 'unauthenticated' | 'forbidden' | 'not-found' | 'bad-request' | 'network' | 'server';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    /** The API's stable code (e.g. `UNAUTHENTICATED`, `NETWORK.UNKNOWN_COMPANY`), or `HTTP_<status>`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function kindOfStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 400 && status < 500) return 'bad-request';
  return 'server';
}

const GRAPHQL_KINDS: Readonly<Record<string, ApiErrorKind>> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not-found',
  BAD_USER_INPUT: 'bad-request',
  GRAPHQL_VALIDATION_FAILED: 'bad-request',
  GRAPHQL_PARSE_FAILED: 'bad-request',
};

export function kindOfGraphQLCode(code: string): ApiErrorKind {
  return GRAPHQL_KINDS[code] ?? 'server';
}

/** fetch rejects only when no answer came: offline, DNS, a dropped connection. */
export function networkError(error: unknown): ApiError {
  return new ApiError('network', 'NETWORK', error instanceof Error ? error.message : String(error));
}
