import { NETWORK_EVENT_SCHEMA_VERSIONS } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';
import {
  companyStreamId,
  decide,
  evolve,
  initialCompany,
  type Company,
  type FieldError,
  type NetworkCommand,
  type NetworkCommandMetadata,
  type NetworkEvent,
  type NetworkParseResult,
} from '@renkei/network';
import { PROBLEM_BASE, commandHeaders, ProblemException, executeCommand, type Caller, type CommandEndpoint, type CommandHttpRequest, type CommandHttpResponse } from '@renkei/service-kit';

const companies: CommandEndpoint<NetworkCommand, NetworkEvent, Company> = {
  decider: { decide, evolve, initialState: initialCompany },
  streamId: (command) => companyStreamId(command.data.companyId),
  schemaVersionOf: (type) => (NETWORK_EVENT_SCHEMA_VERSIONS as Record<string, number>)[type] ?? 1,
};

/**
 * Where the shared reason-based mapping (`domainStatus`) misreads a network code:
 * NOT_A_MEMBER is a state conflict, not "not a lead"; ROLE_NOT_HELD is about the
 * target company, not the caller; an unknown certification, credential or integrator grant in the path is a 404.
 */
const NETWORK_STATUS: Readonly<Record<string, number>> = {
  'NETWORK.NOT_A_MEMBER': 409,
  'NETWORK.ROLE_NOT_HELD': 422,
  'NETWORK.UNKNOWN_CERTIFICATION': 404,
  'NETWORK.UNKNOWN_CREDENTIAL': 404,
  'NETWORK.UNKNOWN_GRANT': 404,
};

export type HttpHeaders = Record<string, string | undefined>;

/** One write to a company stream: Idempotency-Key, If-Match, parse, read → decide → append. */
export async function executeCompanyCommand(
  store: EventStore,
  caller: Caller,
  companyId: string,
  target: string,
  body: unknown,
  headers: HttpHeaders,
  parse: () => NetworkParseResult<NetworkCommand>,
): Promise<CommandHttpResponse> {
  // Every network command is the company's own or a coordinator's. Refusing anyone else before the
  // store is read keeps If-Match (412 names the current revision) from revealing another company's stream.
  if (caller.role !== 'coordinator' && caller.companyId !== companyId) throw notAllowed(caller, companyId);
  const request: CommandHttpRequest = { caller, target, body, headers: commandHeaders(headers) };
  try {
    return await executeCommand(store, companies, request, parse);
  } catch (error) {
    const status = error instanceof ProblemException && error.problem.code !== undefined ? NETWORK_STATUS[error.problem.code] : undefined;
    throw status === undefined ? error : new ProblemException({ ...(error as ProblemException).problem, status });
  }
}

function notAllowed(caller: Caller, companyId: string): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}network-not-allowed`,
    title: 'Refused',
    status: 403,
    detail: `only company ${companyId} itself or a coordinator may change it; ${caller.companyId} acts as ${caller.role}`,
    code: 'NETWORK.NOT_ALLOWED',
  });
}

export function metadataOf(caller: Caller): NetworkCommandMetadata {
  return { actor: { companyId: caller.companyId, role: caller.role }, now: new Date() };
}

/**
 * The path names the target (`/companies/{companyId}/...`); the body may repeat
 * a path field but never contradict it, and a missing body reads as `{}`.
 */
export function withPathFields(body: unknown, fromPath: Record<string, string>): { input: Record<string, unknown>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (body !== undefined && !isRecord(body)) {
    errors.push({ field: 'body', rule: 'must be a JSON object (or empty)', allowed: '{ ... }' });
  }
  const record = isRecord(body) ? body : {};
  for (const [field, value] of Object.entries(fromPath)) {
    if (field in record && record[field] !== value) {
      errors.push({ field, rule: 'must match the path, or be left out', allowed: JSON.stringify(value) });
    }
  }
  return { input: { ...record, ...fromPath }, errors };
}

/** Adds edge-level field errors to a parse result, so the 400 still lists every bad field. */
export function withErrors<Command>(parsed: NetworkParseResult<Command>, extra: readonly FieldError[]): NetworkParseResult<Command> {
  if (extra.length === 0) return parsed;
  return { ok: false, errors: [...extra, ...(parsed.ok ? [] : parsed.errors)] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
