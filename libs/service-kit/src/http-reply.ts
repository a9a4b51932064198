import type { CommandHttpResponse } from './command-endpoint';

/**
 * What a controller may touch on the response, in the shape Fastify's reply and
 * Express's response share, so no controller depends on the HTTP platform. Nest
 * serialises the returned body (`@Res({ passthrough: true })`).
 */
export interface HttpReply {
  status(code: number): unknown;
  header(name: string, value: string): unknown;
}

/** Sets the status (when given) and each header. */
export function replyWith(response: HttpReply, reply: { readonly status?: number; readonly headers?: Readonly<Record<string, string>> }): void {
  if (reply.status !== undefined) response.status(reply.status);
  for (const [name, value] of Object.entries(reply.headers ?? {})) response.header(name, value);
}

/** A write's answer: 201, or 200 with `Idempotent-Replayed` when it answers a retry; the new revision as ETag. */
export function replyWithCommandResult(response: HttpReply, result: CommandHttpResponse): CommandHttpResponse['body'] {
  replyWith(response, { status: result.status, headers: { ETag: result.etag, ...(result.replayed ? { 'Idempotent-Replayed': 'true' } : {}) } });
  return result.body;
}
