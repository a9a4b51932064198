import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { WORK_PROGRESS_EVENT_SCHEMA_VERSIONS } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';
import {
  ApiKeyGuard,
  EVENT_STORE,
  PROBLEM_BASE,
  ProblemException,
  executeCommand,
  replyWithCommandResult,
  type AuthenticatedRequest,
  type Caller,
  type CommandEndpoint,
  type HttpReply,
} from '@renkei/service-kit';
import {
  decide,
  evolve,
  initialWorkItem,
  parseReportProgress,
  workItemStreamId,
  type WorkItem,
  type WorkProgressCommand,
  type WorkProgressEvent,
} from '@renkei/work-progress';

const workItems: CommandEndpoint<WorkProgressCommand, WorkProgressEvent, WorkItem> = {
  decider: { decide, evolve, initialState: initialWorkItem },
  streamId: (command) => workItemStreamId(command.data.poId, command.data.lineNo),
  schemaVersionOf: (type) => (WORK_PROGRESS_EVENT_SCHEMA_VERSIONS as Record<string, number>)[type] ?? 1,
};

/** A workshop's one-line progress report: POST /v1/work-items/{poId}/{lineNo}/progress. */
@Controller('v1/work-items')
@UseGuards(ApiKeyGuard)
export class ReportProgressController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Post(':poId/:lineNo/progress')
  @HttpCode(201)
  async report(
    @Param('poId') poId: string,
    @Param('lineNo') lineNo: string,
    @Headers() headers: Record<string, string | undefined>,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    if (caller.role !== 'workshop') {
      throw new ProblemException({
        type: `${PROBLEM_BASE}forbidden`,
        title: 'Only workshops report progress',
        status: 403,
        detail: `your key acts for ${caller.companyId} as ${caller.role}; progress reports come from the workshop doing the work`,
        code: 'WORK.NOT_A_WORKSHOP',
      });
    }
    const result = await executeCommand(
      this.store,
      workItems,
      {
        caller,
        target: `work-items/${poId}/${lineNo}`,
        body,
        headers: { idempotencyKey: headers['idempotency-key'], ifMatch: headers['if-match'], traceparent: headers['traceparent'] },
      },
      () => parseReportProgress({ poId, lineNo }, body, { companyId: caller.companyId, now: new Date() }),
    );
    return replyWithCommandResult(response, result);
  }
}
