import { Controller, Get, Headers, Inject, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Pool } from 'pg';
import { ApiKeyGuard, DIRECTORY, READ_DATABASE, type AuthenticatedRequest, type Caller, type MemberDirectory } from '@renkei/service-kit';
import { INTEGRATION_SCHEMA } from '../integration-schema.token';
import { readEntitledEvents } from './entitled-events.query';
import { decodeFeedCursor, type FeedPosition } from './feed-cursor';
import { parseFeedRequest } from './feed-request';
import { feedViewerOf } from './feed-viewer';
import { SharedEventsWakeUp } from './shared-events-wake-up';

/** How long an idle live feed waits between looks when no wake-up comes, and between keep-alive comments. */
const TAIL_POLL_MS = 1_000;
const KEEP_ALIVE_MS = 15_000;

/**
 * `GET /v1/feed?after=<cursor>&limit=`: the events the caller may see, in log order, a page at a
 * time, with the cursor to resume from. With `Accept: text/event-stream` it tails live: each
 * event is one SSE message whose id is its cursor, so a reconnecting EventSource (Last-Event-ID)
 * misses nothing and sees nothing twice.
 */
@Controller('v1/feed')
@UseGuards(ApiKeyGuard)
export class FeedController {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(INTEGRATION_SCHEMA) private readonly schema: string,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
    private readonly wakeUp: SharedEventsWakeUp,
  ) {}

  @Get()
  async feed(
    @Query() query: { after?: string; limit?: string },
    @Headers() headers: Record<string, string | undefined>,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const caller = request.caller as Caller;
    const { after, limit } = parseFeedRequest(query, headers['last-event-id']);
    if (!(headers['accept'] ?? '').includes('text/event-stream')) {
      return readEntitledEvents(this.db, this.schema, feedViewerOf(caller, this.directory), after, limit);
    }
    await this.tail(reply, caller, after, limit);
    return undefined;
  }

  /** Streams pages as they come until the client goes away. Entitlements are looked up again for every page: a revoked grant stops the flow. */
  private async tail(reply: FastifyReply, caller: Caller, from: FeedPosition, limit: number): Promise<void> {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    raw.write(': renkei feed\n\n');
    let closed = false;
    raw.on('close', () => (closed = true));
    let position = from;
    let lastWrite = Date.now();
    while (!closed) {
      const page = await readEntitledEvents(this.db, this.schema, feedViewerOf(caller, this.directory), position, limit).catch(() => null);
      if (page === null) break; // the database is gone: the client reconnects with its last id
      for (const event of page.events) raw.write(`id: ${event.cursor}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      if (page.events.length > 0) lastWrite = Date.now();
      position = decodeFeedCursor(page.cursor) ?? position;
      if (page.hasMore) continue;
      if (Date.now() - lastWrite > KEEP_ALIVE_MS) {
        raw.write(': keep-alive\n\n');
        lastWrite = Date.now();
      }
      await this.wakeUp.next(TAIL_POLL_MS);
    }
    raw.end();
  }
}
