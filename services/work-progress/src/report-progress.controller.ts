import { Body, Controller, Headers, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { traceparentFor } from '@renkei/contracts';
import { fingerprintRequest } from '@renkei/command-handling';
import { ApiKeyGuard, PROBLEM_BASE, ProblemException, commandErrorToProblem, parseIfMatch, type AuthenticatedRequest, type Caller } from '@renkei/service-kit';
import { WorkProgressError, parseReportProgress } from '@renkei/work-progress';
import { ReportProgressHandler } from './report-progress.handler';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

/** A workshop's one-line progress report: POST /v1/work-items/{poId}/{lineNo}/progress. */
@Controller('v1/work-items')
@UseGuards(ApiKeyGuard)
export class ReportProgressController {
  constructor(private readonly handler: ReportProgressHandler) {}

  @Post(':poId/:lineNo/progress')
  @HttpCode(201)
  async report(
    @Param('poId') poId: string,
    @Param('lineNo') lineNo: string,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Headers('traceparent') traceparent: string | undefined,
    @Headers('if-match') ifMatchHeader: string | undefined,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
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
    const parsed = parseReportProgress({ poId, lineNo }, body, { companyId: caller.companyId, now: new Date() });
    const ifMatch = parseIfMatch(ifMatchHeader);
    const keyErrors = [
      ...(idempotencyKey !== undefined && IDEMPOTENCY_KEY.test(idempotencyKey)
        ? []
        : [{ field: 'Idempotency-Key', rule: 'header is required so a retry is never applied twice', allowed: '8-128 visible ASCII characters, e.g. a UUID' }]),
      ...(ifMatch === 'invalid' ? [{ field: 'If-Match', rule: 'must be one quoted revision number', allowed: 'the ETag of your last read, e.g. "3"' }] : []),
    ];
    if (!parsed.ok || keyErrors.length > 0) {
      throw new ProblemException({
        type: `${PROBLEM_BASE}invalid-progress-report`,
        title: 'Invalid progress report',
        status: 400,
        detail: 'one or more fields are invalid; nothing was recorded',
        code: 'WORK.INVALID_INPUT',
        errors: [...keyErrors, ...(parsed.ok ? [] : parsed.errors)],
      });
    }
    try {
      const accepted = await this.handler.handle(parsed.command, caller, {
        idempotencyKey: idempotencyKey as string,
        fingerprint: fingerprintRequest(`${poId}/${lineNo}`, body),
        traceparent: traceparentFor(traceparent),
        ...(typeof ifMatch === 'bigint' ? { ifMatch } : {}),
      });
      response.status(accepted.replayed ? 200 : 201);
      response.setHeader('ETag', `"${accepted.revision}"`);
      if (accepted.replayed) response.setHeader('Idempotent-Replayed', 'true');
      return { streamId: accepted.streamId, revision: accepted.revision.toString(), eventIds: accepted.eventIds, replayed: accepted.replayed };
    } catch (error) {
      throw toProblem(error);
    }
  }
}

function toProblem(error: unknown): unknown {
  if (error instanceof WorkProgressError) {
    return new ProblemException({
      type: `${PROBLEM_BASE}${error.code.toLowerCase().replace(/[._]/g, '-')}`,
      title: 'Progress report refused',
      status: error.code === 'WORK.BELONGS_TO_ANOTHER_WORKSHOP' || error.code === 'WORK.NOT_THE_SUPPLIER' ? 403 : 422,
      detail: error.message,
      code: error.code,
      errors: error.fieldErrors,
    });
  }
  return commandErrorToProblem(error);
}
