import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import { parseIssueCredential, parseRevokeCredential, type FieldError, type IssueCredential, type NetworkParseResult } from '@renkei/network';
import {
  ApiKeyGuard,
  EVENT_STORE,
  PROBLEM_BASE,
  ProblemException,
  replyWith,
  replyWithCommandResult,
  type AuthenticatedRequest,
  type Caller,
  type HttpReply,
} from '@renkei/service-kit';
import { executeCompanyCommand, isRecord, metadataOf, withErrors, withPathFields, type HttpHeaders } from './company-endpoint';
import { derivedCredentialId, newCredentialSecret } from './credential-secret';

const ISSUE_FIELDS = 'credentialId (optional), role, label';
const SHOWN_ONCE =
  'the secret was shown once, in the response to the first request, and is not stored; if it was lost, revoke this credential and issue a new one';

/**
 * Credentials let a member call the backbone with its own secret. The server makes
 * the secret, keeps only its SHA-256, and shows the secret in the 201 answer only.
 */
@Controller('v1/companies/:companyId/credentials')
@UseGuards(ApiKeyGuard)
export class CredentialsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Body `{ "credentialId"?: ..., "role": ..., "label": ... }`; without an id, one is derived from the Idempotency-Key. */
  @Post()
  @HttpCode(201)
  async issue(
    @Param('companyId') companyId: string,
    @Body() body: unknown,
    @Headers() headers: HttpHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const record = isRecord(body) ? body : {};
    const credentialId = record['credentialId'] ?? derivedCredentialId(caller.companyId, companyId, headers['idempotency-key']);
    const { secret, secretHash } = newCredentialSecret();
    const { secret: _secret, secretHash: _hash, ...rest } = record;
    const edgeErrors: FieldError[] = [
      ...(body === undefined || isRecord(body) ? [] : [{ field: 'body', rule: 'must be a JSON object', allowed: `{ ${ISSUE_FIELDS} }` }]),
      ...['secret', 'secretHash']
        .filter((field) => field in record)
        .map((field) => ({ field, rule: 'is made by the server and returned once; do not send it', allowed: ISSUE_FIELDS })),
    ];
    const parse = (): NetworkParseResult<IssueCredential> => {
      const parsed = parseIssueCredential({ companyId }, { ...rest, credentialId, secretHash }, metadataOf(caller));
      if (parsed.ok && parsed.command.data.role === 'lead') throw leadCredentialRefused(companyId);
      // The domain's list of fields names secretHash, which a client must not send.
      return withErrors(parsed.ok ? parsed : { ok: false, errors: parsed.errors.map(withIssueFields) }, edgeErrors);
    };

    const result = await executeCompanyCommand(this.store, caller, companyId, `companies/${companyId}/credentials`, body, headers, parse);
    replyWith(response, { headers: { 'Cache-Control': 'no-store' } });
    const answer = replyWithCommandResult(response, result);
    return result.replayed
      ? { ...answer, credentialId, note: SHOWN_ONCE }
      : { ...answer, credentialId, secret, note: 'store this secret now: it is shown only in this response' };
  }

  @Post(':credentialId/revocation')
  @HttpCode(201)
  async revoke(
    @Param('companyId') companyId: string,
    @Param('credentialId') credentialId: string,
    @Body() body: unknown,
    @Headers() headers: HttpHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const { input, errors } = withPathFields(body, { credentialId });
    const result = await executeCompanyCommand(this.store, caller, companyId, `companies/${companyId}/credentials/${credentialId}/revocation`, body, headers, () =>
      withErrors(parseRevokeCredential({ companyId }, input, metadataOf(caller)), errors),
    );
    return replyWithCommandResult(response, result);
  }
}

function withIssueFields(error: FieldError): FieldError {
  return error.rule.startsWith('is not a field of') ? { ...error, allowed: ISSUE_FIELDS } : error;
}

/**
 * Any caller acting as lead sees every workshop's work (one lead contractor per
 * deployment, see backbone.ts), so a lead key comes only from RENKEI_API_KEYS.
 */
function leadCredentialRefused(companyId: string): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}network-lead-credential-not-issued`,
    title: 'Refused',
    status: 422,
    detail: `no lead credential is issued for ${companyId}: this deployment serves one lead contractor, whose keys are configured in RENKEI_API_KEYS`,
    code: 'NETWORK.LEAD_CREDENTIAL_NOT_ISSUED',
    errors: [{ field: 'role', rule: 'must not be lead; lead keys are configured, not issued', allowed: 'workshop, integrator, coordinator' }],
  });
}
