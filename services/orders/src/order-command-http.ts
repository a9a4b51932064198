import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import type { OrdersCommandMetadata, OrdersEvent, ParseResult } from '@renkei/orders';
import { commandHeaders, executeCommand, replyWithCommandResult, type AuthenticatedRequest, type Caller, type CommandEndpoint, type HttpReply } from '@renkei/service-kit';

/** The parts of a write every orders endpoint reads: who calls, what it sent, and the command headers. */
export interface CommandInput {
  readonly caller: Caller;
  readonly body: unknown;
  readonly headers: { readonly idempotencyKey?: string | undefined; readonly ifMatch?: string | undefined; readonly traceparent?: string | undefined };
}

/** Use behind `ApiKeyGuard`, which sets the caller. */
export const HttpCommand = createParamDecorator((_: unknown, context: ExecutionContext): CommandInput => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return { caller: request.caller as Caller, body: request.body as unknown, headers: commandHeaders(request.headers) };
});

/** Who asks and when the backbone received it: the metadata every orders command carries. */
export function ordersMetadata(caller: Caller): OrdersCommandMetadata {
  return { actor: { companyId: caller.companyId, role: caller.role }, now: new Date() };
}

/** One write: `executeCommand` (Idempotency-Key, If-Match, 400/403/404/409/422), then 201 or 200 on a replay, with the ETag. */
export async function runOrderCommand<Command, State>(
  store: EventStore,
  endpoint: CommandEndpoint<Command, OrdersEvent, State>,
  input: CommandInput,
  target: string,
  response: HttpReply,
  parse: () => ParseResult<Command>,
) {
  const result = await executeCommand(store, endpoint, { caller: input.caller, target, body: input.body, headers: input.headers }, parse);
  return replyWithCommandResult(response, result);
}
