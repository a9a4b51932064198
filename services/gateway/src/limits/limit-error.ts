import type { GraphQLFormattedError } from 'graphql';

/** The codes of refusals whose extensions tell the client what to change, so they reach it whole. */
export const LIMIT_ERROR_CODES: ReadonlySet<string> = new Set(['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'BATCH_TOO_LARGE', 'BAD_USER_INPUT']);

/**
 * The formatted error to send when `error` is, or wraps, one of our limit refusals; undefined
 * otherwise. Apollo Server relabels every validation rule's error GRAPHQL_VALIDATION_FAILED and
 * keeps ours as `originalError`, so a formatError reading only the formatted error loses our code.
 */
export function limitRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  // Bounded, as a chain of causes could loop.
  for (let cause = error, hops = 0; typeof cause === 'object' && cause !== null && hops < 8; hops += 1) {
    const { extensions, originalError } = cause as { extensions?: Record<string, unknown>; originalError?: unknown };
    const code = extensions?.['code'];
    if (typeof code === 'string' && LIMIT_ERROR_CODES.has(code)) {
      const { http: _http, ...visible } = extensions as Record<string, unknown>;
      return { message: formatted.message, ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}), extensions: visible };
    }
    cause = originalError;
  }
  return undefined;
}
