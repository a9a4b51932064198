import { ApiError, kindOfGraphQLCode, kindOfStatus, networkError } from '../../api/api-error';
import { authorizationHeader } from '../../api/credentials';
import type { FieldProblem, QueuedCommand, SendOutcome } from './outbox';
import { mutationOf } from './phone-commands';

/** A connection that hangs (one bar of signal) counts as no connection after this long; the same key makes the retry safe. */
export const SEND_TIMEOUT_MS = 20_000;

interface GraphQLErrorAnswer {
  readonly message?: string;
  readonly extensions?: { readonly code?: unknown; readonly status?: unknown; readonly errors?: unknown };
}

/** Codes of failures that pass: the same command with the same key may well be taken a moment later. */
const PASSING_CODES = new Set(['COMMAND.CONCURRENT_UPDATE', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

/**
 * Reads the answer to one mutation. A refused command carries the REST status in its extensions
 * (see the gateway's command-answer.ts): 401 means the link is no longer accepted; 408, 425, 429,
 * 5xx and a concurrent update pass; any other 4xx is a refusal that no retry can change.
 */
export function outcomeOfAnswer(httpStatus: number, body: unknown, field: string): SendOutcome {
  const answer = (typeof body === 'object' && body !== null ? body : {}) as { data?: Record<string, unknown> | null; errors?: readonly GraphQLErrorAnswer[] };
  const first = answer.errors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : `HTTP_${httpStatus}`;
    const status = typeof first.extensions?.status === 'number' ? first.extensions.status : null;
    const message = first.message ?? code;
    return { kind: 'failed', error: new ApiError(kindOf(code, status ?? (first.extensions?.code ? null : httpStatus)), code, message), fields: fieldProblems(first.extensions?.errors) };
  }
  const result = answer.data?.[field] as { replayed?: unknown } | undefined;
  if (httpStatus >= 200 && httpStatus < 300 && result && typeof result.replayed === 'boolean') return { kind: 'sent', replayed: result.replayed };
  const code = `HTTP_${httpStatus}`;
  return { kind: 'failed', error: new ApiError(kindOf(code, httpStatus), code, `POST /graphql answered ${httpStatus}`), fields: [] };
}

function kindOf(code: string, status: number | null): ApiError['kind'] {
  if (PASSING_CODES.has(code)) return 'server';
  if (status === null) return kindOfGraphQLCode(code);
  if (status === 408 || status === 425 || status === 429) return 'server';
  return kindOfStatus(status);
}

function fieldProblems(errors: unknown): FieldProblem[] {
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (error): error is FieldProblem => typeof error === 'object' && error !== null && typeof error.field === 'string' && typeof error.rule === 'string' && typeof error.allowed === 'string',
  );
}

/** One attempt at a queued command, with its own idempotency key. Never throws: every way it can end is an outcome. */
export async function sendCommand(queued: QueuedCommand, token: string): Promise<SendOutcome> {
  const { field, query, variables } = mutationOf(queued.command, queued.key);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), SEND_TIMEOUT_MS);
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { authorization: authorizationHeader(token), 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: abort.signal,
    });
    const body: unknown = await response.json().catch(() => null);
    return outcomeOfAnswer(response.status, body, field);
  } catch (error) {
    return { kind: 'failed', error: networkError(error), fields: [] };
  } finally {
    clearTimeout(timer);
  }
}
