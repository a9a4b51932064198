import { readState } from '@renkei/command-handling';
import { Body, Controller, Get, Headers, HttpCode, Inject, NotFoundException, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import { signPhoneLinkToken } from '@renkei/member-directory';
import {
  companyStreamId,
  evolve,
  initialCompany,
  parseIssuePhoneLink,
  parseRevokePhoneLink,
  phoneLinksOf,
  phoneLinkStatusAt,
  type Company,
  type NetworkEvent,
  type PhoneLink,
} from '@renkei/network';
import { ApiKeyGuard, EVENT_STORE, replyWith, replyWithCommandResult, type AuthenticatedRequest, type Caller, type HttpReply } from '@renkei/service-kit';
import { executeCompanyCommand, isRecord, metadataOf, withErrors, withPathFields, type HttpHeaders } from './company-endpoint';
import { LINK_SIGNING_KEY } from './link-signing-key.token';
import { phonePageUrl } from './phone-page-url';

/**
 * Links that open a workshop's phone page, handed out by a coordinator or a lead. The token is
 * signed from the recorded claims, never stored, and returned only in the answer to the issuing
 * request (a retry with the same Idempotency-Key gets the same token: signing is deterministic).
 */
@Controller('v1/companies/:companyId/phone-links')
@UseGuards(ApiKeyGuard)
export class PhoneLinksController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LINK_SIGNING_KEY) private readonly signingKey: string,
  ) {}

  /** Body `{ "linkId": ..., "label": ..., "expiresAt"?: ... }` (default: 30 days from now). */
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
    const result = await executeCompanyCommand(
      this.store,
      caller,
      companyId,
      `companies/${companyId}/phone-links`,
      body,
      headers,
      () => parseIssuePhoneLink({ companyId }, body, metadataOf(caller)),
      'self-coordinator-or-lead',
    );
    // The command was parsed, so the body names a valid link id; a new, a repeated or a replayed issue
    // all leave the link on the stream, and its recorded expiry is what the token claims.
    const linkId = (isRecord(body) ? body['linkId'] : undefined) as string;
    const link = await this.linkOn(companyId, linkId);
    const token = signPhoneLinkToken({ companyId, linkId, expiresAt: link.expiresAt }, this.signingKey);
    replyWith(response, { headers: { 'Cache-Control': 'no-store' } });
    const answer = replyWithCommandResult(response, result);
    return { ...answer, linkId, token, url: phonePageUrl(token, companyId), expiresAt: link.expiresAt };
  }

  @Post(':linkId/revocation')
  @HttpCode(201)
  async revoke(
    @Param('companyId') companyId: string,
    @Param('linkId') linkId: string,
    @Body() body: unknown,
    @Headers() headers: HttpHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const { input, errors } = withPathFields(body, { linkId });
    const result = await executeCompanyCommand(
      this.store,
      caller,
      companyId,
      `companies/${companyId}/phone-links/${linkId}/revocation`,
      body,
      headers,
      () => withErrors(parseRevokePhoneLink({ companyId }, input, metadataOf(caller)), errors),
      'self-coordinator-or-lead',
    );
    return replyWithCommandResult(response, result);
  }

  /** The workshop itself, a coordinator or a lead; anyone else gets the same 404 as for a workshop that does not exist. Never a token. */
  @Get()
  async list(@Param('companyId') companyId: string, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: HttpReply) {
    const caller = request.caller as Caller;
    const notFound = new NotFoundException(`no company ${companyId} visible to ${caller.companyId}`);
    const self = caller.companyId === companyId;
    if (!self && caller.role !== 'coordinator' && caller.role !== 'lead') throw notFound;
    const { state, revision } = await readState<Company, NetworkEvent>(this.store, companyStreamId(companyId), evolve, initialCompany);
    if (state.status !== 'Registered') throw notFound;
    // A lead hands links to workshops; other leads and integrators are none of its business.
    if (!self && caller.role === 'lead' && !state.roles.includes('workshop')) throw notFound;
    replyWith(response, { headers: { ETag: `"${revision ?? 0n}"`, 'Cache-Control': 'private, no-store' } });
    const now = new Date();
    return { companyId, phoneLinks: phoneLinksOf(state).map((link) => phoneLinkView(link, now)) };
  }

  private async linkOn(companyId: string, linkId: string): Promise<PhoneLink> {
    const { state } = await readState<Company, NetworkEvent>(this.store, companyStreamId(companyId), evolve, initialCompany);
    const link = phoneLinksOf(state).find((each) => each.linkId === linkId);
    if (link === undefined) throw new Error(`phone link ${linkId} of ${companyId} is not on its stream after it was issued`);
    return link;
  }
}

/** Picked by name, so nothing added to the state later leaks through a spread. */
function phoneLinkView(link: PhoneLink, now: Date) {
  return {
    linkId: link.linkId,
    label: link.label,
    status: phoneLinkStatusAt(link, now),
    expiresAt: link.expiresAt,
    issuedBy: link.issuedBy,
    issuedAt: link.issuedAt,
    revokedAt: link.revokedAt,
  };
}
