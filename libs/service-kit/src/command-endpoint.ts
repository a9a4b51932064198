import { traceparentFor } from '@renkei/contracts';
import { fingerprintRequest, handleCommand, type Decider, type DomainEvent } from '@renkei/command-handling';
import type { EventStore } from '@renkei/event-store';
import type { Caller } from './api-keys';
import { commandErrorToProblem, parseIfMatch } from './command-problems';
import { activeTraceparent } from './commands/command-wire';
import { PROBLEM_BASE, ProblemException, type ProblemDetails } from './problem-details';

type FieldError = { readonly field: string; readonly rule: string; readonly allowed: string };
type Parsed<Command> = { ok: true; command: Command } | { ok: false; errors: FieldError[] };

/** What an HTTP command needs besides the domain: the raw request parts every write carries. */
export interface CommandHttpRequest {
  readonly caller: Caller;
  /** The resource the command targets, e.g. `boms/P-1/revisions`; part of the request fingerprint. */
  readonly target: string;
  readonly body: unknown;
  readonly headers: { readonly idempotencyKey?: string | undefined; readonly ifMatch?: string | undefined; readonly traceparent?: string | undefined };
}

export interface CommandHttpResponse {
  readonly status: 200 | 201;
  readonly etag: string;
  readonly replayed: boolean;
  readonly body: { readonly streamId: string; readonly revision: string; readonly eventIds: readonly string[]; readonly events: readonly string[]; readonly replayed: boolean };
}

export interface CommandEndpoint<Command, Event extends DomainEvent, State> {
  readonly decider: Decider<Command, Event, State>;
  streamId(command: Command): string;
  schemaVersionOf?(eventType: string): number;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

/** The three headers a write carries, from the request's raw headers (first value where repeated). */
export function commandHeaders(raw: Readonly<Record<string, string | readonly string[] | undefined>>): CommandHttpRequest['headers'] {
  const header = (name: string) => {
    const value = raw[name];
    return typeof value === 'string' ? value : value?.[0];
  };
  return { idempotencyKey: header('idempotency-key'), ifMatch: header('if-match'), traceparent: header('traceparent') };
}

/**
 * One write over HTTP, the same way for every context: refuse an integrator's key (403), check
 * Idempotency-Key and If-Match, parse (400 listing every bad field), then read → decide → append.
 * Domain refusals become problem details with their stable code (see `domainStatus`).
 */
export async function executeCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  endpoint: CommandEndpoint<Command, Event, State>,
  request: CommandHttpRequest,
  parse: () => Parsed<Command>,
): Promise<CommandHttpResponse> {
  if (request.caller.role === 'integrator') throw readOnlyRole(request.caller);
  const ifMatch = parseIfMatch(request.headers.ifMatch);
  const headerErrors: FieldError[] = [
    ...(request.headers.idempotencyKey !== undefined && IDEMPOTENCY_KEY.test(request.headers.idempotencyKey)
      ? []
      : [{ field: 'Idempotency-Key', rule: 'header is required so a retry is never applied twice', allowed: '8-128 visible ASCII characters, e.g. a UUID' }]),
    ...(ifMatch === 'invalid' ? [{ field: 'If-Match', rule: 'must be one quoted revision number', allowed: 'the ETag of your last read, e.g. "3"' }] : []),
  ];
  const parsed = parse();
  if (!parsed.ok || headerErrors.length > 0) {
    throw new ProblemException({
      type: `${PROBLEM_BASE}invalid-request`,
      title: 'Invalid request',
      status: 400,
      detail: 'one or more fields are invalid; nothing was recorded',
      code: 'REQUEST.INVALID_INPUT',
      errors: [...headerErrors, ...(parsed.ok ? [] : parsed.errors)],
    });
  }
  try {
    const outcome = await handleCommand(store, endpoint.streamId(parsed.command), endpoint.decider, parsed.command, {
      idempotencyName: `${request.caller.companyId}/${request.headers.idempotencyKey as string}`,
      fingerprint: fingerprintRequest(request.target, request.body),
      // Under the request's server span, the events are recorded in its trace; without one (no SDK), a child of the caller's.
      metadata: { companyId: request.caller.companyId, traceparent: activeTraceparent({ ownSpansOnly: true }) ?? traceparentFor(request.headers.traceparent) },
      ...(typeof ifMatch === 'bigint' ? { ifMatch } : {}),
      ...(endpoint.schemaVersionOf ? { schemaVersionOf: (type: string) => endpoint.schemaVersionOf!(type) } : {}),
    });
    const revision = outcome.revision.toString();
    return {
      status: outcome.replayed ? 200 : 201,
      etag: `"${revision}"`,
      replayed: outcome.replayed,
      body: { streamId: outcome.streamId, revision, eventIds: outcome.eventIds, events: outcome.events.map((event) => event.type), replayed: outcome.replayed },
    };
  } catch (error) {
    throw domainErrorToProblem(error) ?? commandErrorToProblem(error);
  }
}

/**
 * Integrators read what their grants cover and write nothing, in every context. Refused before
 * anything is parsed or read: the answer depends on the key alone, so it tells nothing of the target.
 */
function readOnlyRole(caller: Caller): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}read-only-role`,
    title: 'Integrators do not write',
    status: 403,
    detail: `your key acts for ${caller.companyId} as integrator: it reads what the companies granting it access see, without prices, and writes nothing`,
    code: 'REQUEST.READ_ONLY_ROLE',
  });
}

/** Every context's error class carries `code` (`CONTEXT.REASON`) and `fieldErrors`; map it by what the reason says. */
export function domainErrorToProblem(error: unknown): ProblemException | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, fieldErrors } = error as Error & { code?: unknown; fieldErrors?: readonly FieldError[] };
  if (typeof code !== 'string' || !/^[A-Z_]+\.[A-Z_]+$/.test(code) || code.startsWith('COMMAND.') || code.startsWith('EVENT_STORE.')) return undefined;
  const problem: ProblemDetails = {
    type: `${PROBLEM_BASE}${code.toLowerCase().replace(/[._]/g, '-')}`,
    title: 'Refused',
    status: domainStatus(code),
    detail: error.message,
    code,
    ...(fieldErrors && fieldErrors.length > 0 ? { errors: fieldErrors } : {}),
  };
  return new ProblemException(problem);
}

/**
 * 403 who-may, 404 the target does not exist, 409 state conflicts, 400 shape, else 422
 * (a rule refused it, including a reference in the body to something unknown).
 */
export function domainStatus(code: string): number {
  const reason = code.slice(code.indexOf('.') + 1);
  if (reason === 'INVALID_INPUT') return 400;
  if (/^(NOT_THE_|NOT_ALLOWED|NOT_INVITED|NOT_A_|ROLE_NOT|BELONGS_TO_ANOTHER|NOT_AFFECTED)/.test(reason)) return 403;
  if (/^(NOT_REGISTERED|NOT_FOUND|.*_NOT_FOUND$|NOT_PLACED|NOT_ISSUED|NOT_OPEN)/.test(reason)) return 404;
  if (/^(ALREADY_|DUPLICATE_|CHANGE_PENDING|REVISION_OUT_OF_ORDER|CANCELLED$)/.test(reason)) return 409;
  return 422;
}
