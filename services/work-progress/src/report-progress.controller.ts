import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { WORK_PROGRESS_EVENT_SCHEMA_VERSIONS } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';
import {
  ApiKeyGuard,
  DIRECTORY,
  EVENT_STORE,
  PROBLEM_BASE,
  ProblemException,
  commandHeaders,
  executeCommand,
  replyWithCommandResult,
  type AuthenticatedRequest,
  type Caller,
  type CommandEndpoint,
  type HttpReply,
  type MemberDirectory,
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

/**
 * A workshop's one-line progress report: POST /v1/work-items/{poId}/{lineNo}/progress. `status` may be
 * a canonical word or one of the workshop's own, as declared in the network (POST /v1/companies/{id}/status-words).
 */
@Controller('v1/work-items')
@UseGuards(ApiKeyGuard)
export class ReportProgressController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
  ) {}

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
        headers: commandHeaders(headers),
      },
      // The caller's own words only: another workshop's dialect never applies to this one.
      () => parseReportProgress({ poId, lineNo }, body, { companyId: caller.companyId, now: new Date() }, this.directory.statusWordsOf(caller.companyId)),
    );
    return replyWithCommandResult(response, result);
  }
}
