import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { PROBLEM_BASE, ProblemException, type ProblemDetails } from './problem-details';

/** The reply methods Fastify and Express share that the filter needs. */
interface ProblemReply {
  status(code: number): ProblemReply;
  type(contentType: string): ProblemReply;
  send(body: string): unknown;
}

/** The one place HTTP errors are shaped: problem+json, never a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<ProblemReply>();
    const problem = this.toProblem(exception);
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) return exception.problem;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Nest turns a body parser's SyntaxError into a 400 HttpException carrying the parser's message.
      if (status === HttpStatus.BAD_REQUEST && /JSON/i.test(exception.message)) return malformedJsonProblem();
      return { type: `${PROBLEM_BASE}http-${status}`, title: exception.name.replace(/Exception$/, ''), status, detail: exception.message };
    }
    const platformError = exception as { code?: unknown; type?: unknown; statusCode?: unknown; message?: unknown };
    if (platformError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || platformError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || platformError.type === 'entity.parse.failed') {
      return malformedJsonProblem();
    }
    // The HTTP platform's own refusals (body too large, Content-Length not matching the body) keep their 4xx status.
    if (exception instanceof Error && typeof platformError.statusCode === 'number' && platformError.statusCode >= 400 && platformError.statusCode < 500) {
      const status = platformError.statusCode;
      return { type: `${PROBLEM_BASE}http-${status}`, title: STATUS_CODES[status] ?? 'Client error', status, detail: exception.message };
    }
    return { type: `${PROBLEM_BASE}internal`, title: 'Internal error', status: 500, detail: 'the request could not be completed; nothing was lost if you retry with the same Idempotency-Key' };
  }
}

/** A body that is not a JSON object or array: 400, naming `body`. */
export function malformedJsonProblem(detail = 'the request body is not valid JSON'): ProblemDetails {
  return {
    type: `${PROBLEM_BASE}malformed-json`,
    title: 'Malformed JSON body',
    status: 400,
    detail,
    errors: [{ field: 'body', rule: 'must be valid JSON', allowed: 'a JSON object' }],
  };
}

