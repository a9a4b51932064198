import { GraphQLError } from 'graphql';
import { STATUS_CODES } from 'node:http';
import type { CommandAnswer, ProblemDetails } from '@renkei/service-kit';
import type { CommandResult } from './command-result.model';

type FieldError = { readonly field: string; readonly rule: string; readonly allowed: string };

/** What a refused command carries in `extensions`, besides the message (the problem's detail). */
export interface CommandErrorExtensions {
  /** The service's stable code (ORDERS.NOT_ISSUED, REQUEST.INVALID_INPUT, ...); UNAUTHENTICATED for a missing or unknown key. */
  readonly code: string;
  /** The HTTP status REST answers with: tells a refusal (4xx) from a failure worth retrying (5xx). */
  readonly status: number;
  readonly errors: readonly FieldError[];
}

/**
 * A service's answer as GraphQL sees it: 2xx is the result, anything else the error REST gives,
 * mapped here once for every mutation. A malformed success is an error too, never a guess.
 */
export function commandOutcomeOf(answer: CommandAnswer): { ok: true; result: CommandResult } | { ok: false; error: GraphQLError } {
  if (answer.status < 200 || answer.status > 299) return { ok: false, error: problemToGraphQLError(problemOf(answer)) };
  const result = resultOf(answer);
  if (result !== null) return { ok: true, result };
  return { ok: false, error: new GraphQLError(`the service answered ${answer.status} without a command result`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } }) };
}

export function problemToGraphQLError(problem: ProblemDetails): GraphQLError {
  const extensions: CommandErrorExtensions = {
    code: problem.code ?? codeForStatus(problem.status),
    status: problem.status,
    errors: (problem.errors ?? []).map((error) => ({ ...error, field: ARGUMENT_OF_HEADER[error.field] ?? error.field })),
  };
  return new GraphQLError(problem.detail || problem.title, { extensions: { ...extensions } });
}

/**
 * The extensions a formatError keeps of a command's refusal: without `status` and `errors`, a
 * client could not tell which field was wrong. Anything else passes through untouched.
 */
export function commandErrorExtensions(extensions: Readonly<Record<string, unknown>> | undefined): { status?: number; errors?: readonly FieldError[] } {
  const status = extensions?.['status'];
  const errors = extensions?.['errors'];
  return { ...(typeof status === 'number' ? { status } : {}), ...(Array.isArray(errors) ? { errors: errors as FieldError[] } : {}) };
}

/** A GraphQL client sends these as arguments, never as headers: the field errors name what it sent. */
const ARGUMENT_OF_HEADER: Readonly<Record<string, string>> = { 'Idempotency-Key': 'idempotencyKey', 'If-Match': 'ifMatch' };

/**
 * Problems without a code come from the platform (no key: 401, no route: 404) or from an
 * intermediary. A redirect is no answer to a command: a RENKEI_<SERVICE>_URL points at the wrong place.
 */
function codeForStatus(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return status >= 400 && status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
}

/** The answer's problem details, or the plainest ones its status allows when the body is not one. */
function problemOf(answer: CommandAnswer): ProblemDetails {
  const body = isRecord(answer.body) ? answer.body : {};
  const title = typeof body['title'] === 'string' ? body['title'] : (STATUS_CODES[answer.status] ?? `HTTP ${answer.status}`);
  const code = body['code'];
  const errors = Array.isArray(body['errors']) ? body['errors'].filter(isFieldError) : [];
  return {
    type: typeof body['type'] === 'string' ? body['type'] : 'about:blank',
    title,
    status: answer.status,
    detail: typeof body['detail'] === 'string' ? body['detail'] : title,
    ...(typeof code === 'string' ? { code } : {}),
    ...(errors.length > 0 ? { errors } : {}),
  };
}

function resultOf(answer: CommandAnswer): CommandResult | null {
  const body = answer.body;
  const etag = answer.headers['etag'];
  if (!isRecord(body) || etag === undefined) return null;
  const { streamId, revision, eventIds, events, replayed } = body;
  if (typeof streamId !== 'string' || typeof revision !== 'string' || typeof replayed !== 'boolean' || !isStrings(eventIds) || !isStrings(events)) return null;
  // REST lists ids and types side by side; one without the other is not an answer to trust.
  if (eventIds.length !== events.length) return null;
  return { streamId, revision, etag, replayed, events: eventIds.map((eventId, index) => ({ eventId, type: events[index] as string })) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value['field'] === 'string' && typeof value['rule'] === 'string' && typeof value['allowed'] === 'string';
}
