import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import { parseDeclineRfq, parseReviseQuote, parseSubmitQuote } from '@renkei/quotes';
import {
  ApiKeyGuard,
  EVENT_STORE,
  PROBLEM_BASE,
  ProblemException,
  executeCommand,
  replyWithCommandResult,
  type AuthenticatedRequest,
  type Caller,
  type HttpReply,
} from '@renkei/service-kit';
import { commandRequest, metadataOf, rfqEndpoint } from './rfq-endpoint';

/** An invited workshop's answers to an RFQ: a quote, its revisions, or a decline. */
@Controller('v1/rfqs')
@UseGuards(ApiKeyGuard)
export class AnswersController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Post(':rfqId/quotes/:quoteId')
  @HttpCode(201)
  async submit(
    @Param('rfqId') rfqId: string,
    @Param('quoteId') quoteId: string,
    @Body() body: unknown,
    @Headers() headers: Record<string, string | undefined>,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = workshopOnly(request);
    const result = await executeCommand(this.store, rfqEndpoint, commandRequest(caller, `rfqs/${rfqId}/quotes/${quoteId}`, body, headers), () =>
      parseSubmitQuote({ rfqId, quoteId }, body, metadataOf(caller)),
    );
    return replyWithCommandResult(response, result);
  }

  @Post(':rfqId/quotes/:quoteId/revisions')
  @HttpCode(201)
  async revise(
    @Param('rfqId') rfqId: string,
    @Param('quoteId') quoteId: string,
    @Body() body: unknown,
    @Headers() headers: Record<string, string | undefined>,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = workshopOnly(request);
    const result = await executeCommand(this.store, rfqEndpoint, commandRequest(caller, `rfqs/${rfqId}/quotes/${quoteId}/revisions`, body, headers), () =>
      parseReviseQuote({ rfqId, quoteId }, body, metadataOf(caller)),
    );
    return replyWithCommandResult(response, result);
  }

  @Post(':rfqId/decline')
  @HttpCode(201)
  async decline(
    @Param('rfqId') rfqId: string,
    @Body() body: unknown,
    @Headers() headers: Record<string, string | undefined>,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = workshopOnly(request);
    const result = await executeCommand(this.store, rfqEndpoint, commandRequest(caller, `rfqs/${rfqId}/decline`, body, headers), () =>
      parseDeclineRfq({ rfqId }, body, metadataOf(caller)),
    );
    return replyWithCommandResult(response, result);
  }
}

/**
 * Invitations name companies, but only a workshop credential answers for one: the
 * read side shows a quote only to the workshop role, so the write side asks the same.
 */
function workshopOnly(request: AuthenticatedRequest): Caller {
  const caller = request.caller as Caller;
  if (caller.role !== 'workshop') {
    throw new ProblemException({
      type: `${PROBLEM_BASE}quotes-not-a-workshop`,
      title: 'Only workshops answer RFQs',
      status: 403,
      detail: `your key acts for ${caller.companyId} as ${caller.role}; quotes and declines come from an invited workshop`,
      code: 'QUOTES.NOT_A_WORKSHOP',
    });
  }
  return caller;
}
