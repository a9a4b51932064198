import { Logger } from '@nestjs/common';
import { PROBLEM_BASE, type ProblemDetails } from '../problem-details';
import type { CommandAnswer, CommandGateway, CommandToSend } from './command-gateway';
import { flatHeaders, jsonBodyOf, requestHeaders } from './command-wire';

export interface HttpCommandGatewayOptions {
  /** Where the services' `/v1/...` endpoints are, e.g. http://orders:3000 (a path prefix is kept). */
  readonly baseUrl: string;
  /** A service that has not answered by then is reported unavailable rather than holding the GraphQL request. */
  readonly timeoutMs: number;
}

/** How the port says "no answer": as a service would, so the one problem mapping handles it. Names no host. */
const unavailable: ProblemDetails = {
  type: `${PROBLEM_BASE}commands-unavailable`,
  title: 'Service unavailable',
  status: 503,
  detail: 'the service for this command did not answer; it may or may not have recorded it: retry with the same idempotencyKey',
  code: 'GATEWAY.COMMANDS_UNAVAILABLE',
};

/** Distributed mode: the services run elsewhere; a command is an ordinary HTTP request to them. */
export class HttpCommandGateway implements CommandGateway {
  private readonly logger = new Logger('commands');
  private readonly baseUrl: string;

  constructor(private readonly options: HttpCommandGatewayOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  async send(command: CommandToSend): Promise<CommandAnswer> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.baseUrl}${command.path}`, {
        method: command.method,
        headers: requestHeaders(command),
        body: JSON.stringify(command.body),
        signal: AbortSignal.timeout(this.options.timeoutMs),
        // A redirect would turn the POST into a GET without its body: report it rather than follow it.
        redirect: 'manual',
      });
      text = await response.text();
    } catch (error) {
      // The service may have recorded the command before the connection failed: only a retry with the same key can tell.
      this.logger.warn(`${command.method} ${this.baseUrl}${command.path} failed: ${reasonOf(error)}`);
      return { status: 503, headers: {}, body: unavailable };
    }
    return { status: response.status, headers: flatHeaders(Object.fromEntries(response.headers)), body: jsonBodyOf(text) };
  }
}

/** fetch says only "fetch failed"; its cause says why (ECONNREFUSED, a timeout, a TLS error). */
function reasonOf(error: unknown): string {
  const { message, cause } = (typeof error === 'object' && error !== null ? error : {}) as { message?: unknown; cause?: { message?: unknown } };
  if (typeof message !== 'string') return String(error);
  return typeof cause?.message === 'string' ? `${message}: ${cause.message}` : message;
}
