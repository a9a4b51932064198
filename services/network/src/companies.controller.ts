import { readState } from '@renkei/command-handling';
import { Body, Controller, Get, Headers, HttpCode, Inject, NotFoundException, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import {
  companyStreamId,
  evolve,
  initialCompany,
  parseDeclareCapabilities,
  parseDeclareStatusWords,
  parseJoinConsortium,
  parseLeaveConsortium,
  parseRegisterCompany,
  type NetworkEvent,
  type Company,
} from '@renkei/network';
import { ApiKeyGuard, EVENT_STORE, replyWith, replyWithCommandResult, type AuthenticatedRequest, type Caller, type HttpReply } from '@renkei/service-kit';
import { executeCompanyCommand, metadataOf, withErrors, withPathFields, type HttpHeaders } from './company-endpoint';
import { companyView } from './company-view';

/** Registration, capabilities, status words and consortium membership of a member company, and its own profile. */
@Controller('v1/companies')
@UseGuards(ApiKeyGuard)
export class CompaniesController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** A coordinator registers a member; the company id is the path. */
  @Post(':companyId')
  @HttpCode(201)
  async register(
    @Param('companyId') companyId: string,
    @Body() body: unknown,
    @Headers() headers: HttpHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const { input, errors } = withPathFields(body, { companyId });
    const result = await executeCompanyCommand(this.store, caller, companyId, `companies/${companyId}`, body, headers, () =>
      withErrors(parseRegisterCompany(input, metadataOf(caller)), errors),
    );
    return replyWithCommandResult(response, result);
  }

  /** The full list of capabilities, replacing the previous one. */
  @Post(':companyId/capabilities')
  @HttpCode(201)
  async declareCapabilities(
    @Param('companyId') companyId: string,
    @Body() body: unknown,
    @Headers() headers: HttpHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const result = await executeCompanyCommand(this.store, caller, companyId, `companies/${companyId}/capabilities`, body, headers, () =>
      parseDeclareCapabilities({ companyId }, body, metadataOf(caller)),
    );
    return replyWithCommandResult(response, result);
  }

  /** The workshop's own status words and the canonical status each means: the full list, replacing the previous one. */
  @Post(':companyId/status-words')
  @HttpCode(201)
  async declareStatusWords(
    @Param('companyId') companyId: string,
    @Body() body: unknown,
    @Headers() headers: HttpHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const result = await executeCompanyCommand(this.store, caller, companyId, `companies/${companyId}/status-words`, body, headers, () =>
      parseDeclareStatusWords({ companyId }, body, metadataOf(caller)),
    );
    return replyWithCommandResult(response, result);
  }

  @Post(':companyId/consortia/:consortiumId/membership')
  @HttpCode(201)
  async join(
    @Param('companyId') companyId: string,
    @Param('consortiumId') consortiumId: string,
    @Body() body: unknown,
    @Headers() headers: HttpHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const { input, errors } = withPathFields(body, { consortiumId });
    const result = await executeCompanyCommand(this.store, caller, companyId, `companies/${companyId}/consortia/${consortiumId}/membership`, body, headers, () =>
      withErrors(parseJoinConsortium({ companyId }, input, metadataOf(caller)), errors),
    );
    return replyWithCommandResult(response, result);
  }

  @Post(':companyId/consortia/:consortiumId/membership/end')
  @HttpCode(201)
  async leave(
    @Param('companyId') companyId: string,
    @Param('consortiumId') consortiumId: string,
    @Body() body: unknown,
    @Headers() headers: HttpHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const { input, errors } = withPathFields(body, { consortiumId });
    const result = await executeCompanyCommand(this.store, caller, companyId, `companies/${companyId}/consortia/${consortiumId}/membership/end`, body, headers, () =>
      withErrors(parseLeaveConsortium({ companyId }, input, metadataOf(caller)), errors),
    );
    return replyWithCommandResult(response, result);
  }

  /** Only the company itself or a coordinator; anyone else gets the same 404 as for a company that does not exist. */
  @Get(':companyId')
  async read(@Param('companyId') companyId: string, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: HttpReply) {
    const caller = request.caller as Caller;
    const notFound = new NotFoundException(`no company ${companyId} visible to ${caller.companyId}`);
    if (caller.role !== 'coordinator' && caller.companyId !== companyId) throw notFound;
    const { state, revision } = await readState<Company, NetworkEvent>(this.store, companyStreamId(companyId), evolve, initialCompany);
    if (state.status !== 'Registered') throw notFound;
    replyWith(response, { headers: { ETag: `"${revision ?? 0n}"`, 'Cache-Control': 'private, no-store' } });
    return companyView(state, new Date());
  }
}
