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
import { phoneLinkMayRun, phoneLinkNotAllowed, type PhoneLinkCaller } from './phone-link-scope';

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
  'NETWORK.UNKNOWN_PHONE_LINK': 404,
};

/**
 * Who may write to a company stream at all, checked before it is read: the company itself or a
 * coordinator, and for phone links also a lead (it hands workshops their links). The decider then
 * says which of them may run the command.
 */
export type CompanyWriters = 'self-or-coordinator' | 'self-coordinator-or-lead';

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
  writers: CompanyWriters = 'self-or-coordinator',
): Promise<CommandHttpResponse> {
  // Every network command is the company's own or a coordinator's (phone links: or a lead's). Refusing anyone else before
  // the store is read keeps If-Match (412 names the current revision) from revealing another company's stream.
  if (!mayWrite(caller, companyId, writers)) throw notAllowed(caller, companyId, writers);
  const checkedParse = caller.via === 'phone-link' ? parsedForPhoneLink(caller, parse) : parse;
  const request: CommandHttpRequest = { caller, target, body, headers: commandHeaders(headers) };
  try {
    return await executeCommand(store, companies, request, checkedParse);
  } catch (error) {
    const status = error instanceof ProblemException && error.problem.code !== undefined ? NETWORK_STATUS[error.problem.code] : undefined;
    throw status === undefined ? error : new ProblemException({ ...(error as ProblemException).problem, status });
  }
}

/**
 * A phone link is shop-floor work, not the company's desk: refused here, for every write to the directory, before headers are
 * checked or the store read, unless the command is the link revoking itself. A body that does not parse is not that command.
 */
function parsedForPhoneLink(caller: PhoneLinkCaller, parse: () => NetworkParseResult<NetworkCommand>): () => NetworkParseResult<NetworkCommand> {
  const parsed = parse();
  if (!parsed.ok || !phoneLinkMayRun(caller, parsed.command)) throw phoneLinkNotAllowed(caller);
  return () => parsed;
}

function mayWrite(caller: Caller, companyId: string, writers: CompanyWriters): boolean {
  return caller.companyId === companyId || caller.role === 'coordinator' || (writers === 'self-coordinator-or-lead' && caller.role === 'lead');
}

function notAllowed(caller: Caller, companyId: string, writers: CompanyWriters): ProblemException {
  const who = writers === 'self-coordinator-or-lead' ? 'itself, a coordinator or a lead' : 'itself or a coordinator';
  return new ProblemException({
    type: `${PROBLEM_BASE}network-not-allowed`,
    title: 'Refused',
    status: 403,
    detail: `only company ${companyId} ${who} may change it; ${caller.companyId} acts as ${caller.role}`,
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
