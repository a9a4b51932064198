import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { PROBLEM_BASE, ProblemException, type ProblemDetails } from './problem-details';

/** The one place HTTP errors are shaped: problem+json, never a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const problem = this.toProblem(exception);
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) return exception.problem;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Express's JSON parser reports a malformed body as a 400 HttpException-like error.
      const isBadJson = status === HttpStatus.BAD_REQUEST && /JSON/i.test(exception.message);
      return {
        type: `${PROBLEM_BASE}${isBadJson ? 'malformed-json' : `http-${status}`}`,
        title: isBadJson ? 'Malformed JSON body' : exception.name.replace(/Exception$/, ''),
        status,
        detail: exception.message,
        ...(isBadJson ? { errors: [{ field: 'body', rule: 'must be valid JSON', allowed: 'a JSON object' }] } : {}),
      };
    }
    const bodyParserError = exception as { type?: string; status?: number };
    if (bodyParserError.type === 'entity.parse.failed') {
      return {
        type: `${PROBLEM_BASE}malformed-json`,
        title: 'Malformed JSON body',
        status: 400,
        detail: 'the request body is not valid JSON',
        errors: [{ field: 'body', rule: 'must be valid JSON', allowed: 'a JSON object' }],
      };
    }
    return { type: `${PROBLEM_BASE}internal`, title: 'Internal error', status: 500, detail: 'the request could not be completed; nothing was lost if you retry with the same Idempotency-Key' };
  }
}
