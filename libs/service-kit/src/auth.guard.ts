import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import { bearerToken, type Authenticator, type Caller } from './api-keys';
import { AUTHENTICATOR } from './tokens';

/** The request parts the services read, the same on every HTTP platform Nest runs on. */
export interface HttpRequest {
  readonly headers: IncomingHttpHeaders;
  readonly body?: unknown;
}

export type AuthenticatedRequest = HttpRequest & { caller?: Caller };

/** Every HTTP endpoint: no valid key, no entry. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(AUTHENTICATOR) private readonly authenticator: Authenticator) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const caller = this.authenticator.authenticate(bearerToken(request.headers.authorization));
    if (!caller) throw new UnauthorizedException('send Authorization: Bearer <your Renkei API key>');
    request.caller = caller;
    return true;
  }
}
