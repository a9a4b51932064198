import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { Pool } from 'pg';
import { ApiKeyGuard, READ_DATABASE, replyWith, type AuthenticatedRequest, type Caller, type HttpReply } from '@renkei/service-kit';
import { subscriptionIdProblem, type FieldError } from '@renkei/webhooks';
import { attemptLog, deadLetters, deliveryStatus, discardDeadLetter, redeliverDeadLetters } from './delivery-store';
import { findSubscription } from './subscription-store';
import { WebhookDispatcher } from './webhook-dispatcher';
import { deadLetterNotFound, invalidWebhookInput, notADeadLetter, subscriptionNotFound } from './webhook-problems';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-options';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOG_PAGE_DEFAULT = 100;
const LOG_PAGE_MAX = 1000;

/**
 * What happened to a subscription's deliveries: the attempt log, the dead letters (events that
 * failed every retry; each holds back the later events of its stream), and redelivering or
 * discarding them.
 */
@Controller('v1/webhook-subscriptions/:subscriptionId')
@UseGuards(ApiKeyGuard)
export class WebhookDeliveriesController {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  /** `?limit=&eventId=&before=<ISO time>`: attempts, newest first. */
  @Get('deliveries')
  async log(@Param('subscriptionId') subscriptionId: string, @Query() query: { limit?: string; eventId?: string; before?: string }, @Req() request: AuthenticatedRequest) {
    const errors: FieldError[] = [];
    const limit = query.limit === undefined ? LOG_PAGE_DEFAULT : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > LOG_PAGE_MAX) errors.push({ field: 'limit', rule: `must be a whole number from 1 to ${LOG_PAGE_MAX}`, allowed: `1–${LOG_PAGE_MAX}, default ${LOG_PAGE_DEFAULT}` });
    if (query.eventId !== undefined && !UUID.test(query.eventId)) errors.push({ field: 'eventId', rule: 'must be an event id', allowed: 'the `id` (webhook-id) of a delivered event, a UUID' });
    const before = query.before === undefined ? null : new Date(query.before);
    if (before !== null && Number.isNaN(before.getTime())) errors.push({ field: 'before', rule: 'must be a point in time', allowed: 'an ISO 8601 time, e.g. the `at` of the last attempt of the previous page' });
    if (errors.length > 0) throw invalidWebhookInput(errors);
    const sid = await this.sidOf(request, subscriptionId);
    const rows = await attemptLog(this.db, this.settings.schema, sid, { limit, eventId: query.eventId ?? null, before });
    return {
      attempts: rows.map((row) => ({
        eventId: row.event_id,
        type: row.event_type,
        subject: row.stream_id,
        attempt: row.attempt,
        at: row.started_at.toISOString(),
        durationMs: row.duration_ms,
        statusCode: row.status_code,
        error: row.error,
        outcome: row.outcome,
      })),
    };
  }

  @Get('dead-letters')
  async deadLetters(@Param('subscriptionId') subscriptionId: string, @Req() request: AuthenticatedRequest) {
    const sid = await this.sidOf(request, subscriptionId);
    const rows = await deadLetters(this.db, this.settings.schema, sid);
    return {
      deadLetters: rows.map((row) => ({
        eventId: row.event_id,
        type: row.event_type,
        subject: row.stream_id,
        attempts: row.attempts,
        lastError: row.last_error,
        deadLetteredAt: row.finished_at.toISOString(),
        heldBack: Number(row.held_back),
      })),
    };
  }

  /** Every dead letter of the subscription, due again now with a fresh retry schedule. */
  @Post('dead-letters/redeliver')
  @HttpCode(202)
  async redeliverAll(@Param('subscriptionId') subscriptionId: string, @Req() request: AuthenticatedRequest) {
    const sid = await this.sidOf(request, subscriptionId);
    const redelivered = await redeliverDeadLetters(this.db, this.settings.schema, sid, null, new Date());
    this.dispatcher.nudge();
    return { redelivered };
  }

  /** 202 when re-queued; 200 when it is not dead-lettered (any more): nothing to do, e.g. on a retry. */
  @Post('dead-letters/:eventId/redeliver')
  async redeliverOne(
    @Param('subscriptionId') subscriptionId: string,
    @Param('eventId') eventId: string,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const sid = await this.sidOf(request, subscriptionId, eventId);
    const redelivered = await redeliverDeadLetters(this.db, this.settings.schema, sid, eventId, new Date());
    if (redelivered.length > 0) {
      this.dispatcher.nudge();
      replyWith(response, { status: 202 });
      return { redelivered, status: 'pending' };
    }
    const status = await deliveryStatus(this.db, this.settings.schema, sid, eventId);
    if (status === undefined) throw deadLetterNotFound(eventId);
    replyWith(response, { status: 200 });
    return { redelivered, status };
  }

  /** Gives up on a dead letter: it is never sent, and the later events of its stream go on. */
  @Delete('dead-letters/:eventId')
  @HttpCode(204)
  async discard(@Param('subscriptionId') subscriptionId: string, @Param('eventId') eventId: string, @Req() request: AuthenticatedRequest): Promise<void> {
    const sid = await this.sidOf(request, subscriptionId, eventId);
    if (await discardDeadLetter(this.db, this.settings.schema, sid, eventId, new Date())) return;
    const status = await deliveryStatus(this.db, this.settings.schema, sid, eventId);
    if (status === undefined) throw deadLetterNotFound(eventId);
    if (status !== 'discarded') throw notADeadLetter(eventId, status);
  }

  private async sidOf(request: AuthenticatedRequest, subscriptionId: string, eventId?: string): Promise<string> {
    const errors: FieldError[] = [];
    const idProblem = subscriptionIdProblem(subscriptionId);
    if (idProblem) errors.push(idProblem);
    if (eventId !== undefined && !UUID.test(eventId)) errors.push({ field: 'eventId', rule: 'must be an event id', allowed: 'the `eventId` of a dead letter, a UUID' });
    if (errors.length > 0) throw invalidWebhookInput(errors);
    const row = await findSubscription(this.db, this.settings.schema, (request.caller as Caller).companyId, subscriptionId);
    if (row === undefined) throw subscriptionNotFound(subscriptionId);
    return row.sid;
  }
}
