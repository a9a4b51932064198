import { readState } from '@renkei/command-handling';
import { Body, Controller, Get, Headers, HttpCode, Inject, NotFoundException, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import { evolve, initialRfq, parseAwardRfq, parseCancelRfq, parseIssueRfq, projectRfqFor, rfqStreamId, type QuotesEvent, type Rfq } from '@renkei/quotes';
import {
  ApiKeyGuard,
  DIRECTORY,
  EVENT_STORE,
  executeCommand,
  replyWith,
  replyWithCommandResult,
  type AuthenticatedRequest,
  type Caller,
  type HttpReply,
  type MemberDirectory,
} from '@renkei/service-kit';
import { commandRequest, metadataOf, rfqEndpoint } from './rfq-endpoint';

/**
 * The lead's side of an RFQ: issue it (to named workshops or to those the
 * directory matches), award it, cancel it; and the per-party read.
 */
@Controller('v1/rfqs')
@UseGuards(ApiKeyGuard)
export class RfqsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
  ) {}

  @Post(':rfqId')
  @HttpCode(201)
  async issue(
    @Param('rfqId') rfqId: string,
    @Body() body: unknown,
    @Headers() headers: Record<string, string | undefined>,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const result = await executeCommand(this.store, rfqEndpoint, commandRequest(caller, `rfqs/${rfqId}`, body, headers), () => {
      const metadata = metadataOf(caller);
      // The directory snapshot is taken at the same instant the command is stamped with, and only when it decides who is asked.
      const matched = typeof body === 'object' && body !== null && 'match' in body;
      return parseIssueRfq({ rfqId }, body, matched ? { ...metadata, directory: this.directory.workshopsAt(metadata.now) } : metadata);
    });
    return replyWithCommandResult(response, result);
  }

  @Post(':rfqId/award')
  @HttpCode(201)
  async award(
    @Param('rfqId') rfqId: string,
    @Body() body: unknown,
    @Headers() headers: Record<string, string | undefined>,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const result = await executeCommand(this.store, rfqEndpoint, commandRequest(caller, `rfqs/${rfqId}/award`, body, headers), () =>
      parseAwardRfq({ rfqId }, body, metadataOf(caller)),
    );
    return replyWithCommandResult(response, result);
  }

  @Post(':rfqId/cancellation')
  @HttpCode(201)
  async cancel(
    @Param('rfqId') rfqId: string,
    @Body() body: unknown,
    @Headers() headers: Record<string, string | undefined>,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const result = await executeCommand(this.store, rfqEndpoint, commandRequest(caller, `rfqs/${rfqId}/cancellation`, body, headers), () =>
      parseCancelRfq({ rfqId }, body, metadataOf(caller)),
    );
    return replyWithCommandResult(response, result);
  }

  /** The issuer sees every quote and revision; an invited workshop only its own; anyone else gets 404, as if the RFQ did not exist. */
  @Get(':rfqId')
  async read(@Param('rfqId') rfqId: string, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: HttpReply) {
    const caller = request.caller as Caller;
    const { state, revision } = await readState<Rfq, QuotesEvent>(this.store, rfqStreamId(rfqId), evolve, initialRfq);
    const view = projectRfqFor(state, { companyId: caller.companyId, role: caller.role });
    if (view === null) throw new NotFoundException(`no RFQ ${rfqId} visible to ${caller.companyId}`);
    replyWith(response, { headers: { ETag: `"${revision ?? 0n}"` } });
    return view;
  }
}
