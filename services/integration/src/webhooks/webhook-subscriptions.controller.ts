import { Body, Controller, Delete, Get, Headers, HttpCode, Inject, Param, Post, Put, Req, Res, UseGuards } from '@nestjs/common';
import type { Pool } from 'pg';
import { ApiKeyGuard, READ_DATABASE, replyWith, type AuthenticatedRequest, type Caller, type HttpReply } from '@renkei/service-kit';
import { subscriptionIdProblem } from '@renkei/webhooks';
import { registerSubscription } from './register-subscription';
import { rotateSigningSecret } from './rotate-signing-secret';
import { deleteSubscription, findSubscription, listSubscriptions, openDeliveryCounts } from './subscription-store';
import { subscriptionView } from './subscription-view';
import { WebhookDispatcher } from './webhook-dispatcher';
import { invalidWebhookInput, subscriptionNotFound } from './webhook-problems';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-options';

type RawHeaders = Record<string, string | undefined>;

/**
 * Standard Webhooks subscriptions: any member or integrator registers its own (`PUT`, a client-chosen
 * id), reads, lists and deletes them, and rotates a signing secret. A caller sees only its company's.
 */
@Controller('v1/webhook-subscriptions')
@UseGuards(ApiKeyGuard)
export class WebhookSubscriptionsController {
  constructor(
    @Inject(READ_DATABASE) private readonly db: Pool,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  @Get()
  async list(@Req() request: AuthenticatedRequest) {
    const caller = request.caller as Caller;
    const rows = await listSubscriptions(this.db, this.settings.schema, caller.companyId);
    const counts = await openDeliveryCounts(this.db, this.settings.schema, rows.map((row) => row.sid));
    const now = new Date();
    return { subscriptions: rows.map((row) => subscriptionView(row, counts.get(row.sid), now)) };
  }

  @Get(':subscriptionId')
  async get(@Param('subscriptionId') subscriptionId: string, @Req() request: AuthenticatedRequest) {
    const row = await this.own(request, subscriptionId);
    const counts = await openDeliveryCounts(this.db, this.settings.schema, [row.sid]);
    return subscriptionView(row, counts.get(row.sid), new Date());
  }

  /** Body `{ "url", "eventTypes": [...], "filter"?: { "customerOrderIds"?, "companyIds"? }, "from"?: "now" | "beginning" | <feed cursor> }`. */
  @Put(':subscriptionId')
  async put(
    @Param('subscriptionId') subscriptionId: string,
    @Body() body: unknown,
    @Headers() headers: RawHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const result = await registerSubscription(this.db, this.settings, request.caller as Caller, subscriptionId, body, headers['idempotency-key']);
    if (!result.replayed) this.dispatcher.nudge();
    replyWith(response, {
      status: result.status,
      headers: { ...(result.status === 201 ? { Location: `/v1/webhook-subscriptions/${encodeURIComponent(subscriptionId)}` } : {}), ...(result.replayed ? { 'Idempotent-Replayed': 'true' } : {}) },
    });
    return result.body;
  }

  @Delete(':subscriptionId')
  @HttpCode(204)
  async delete(@Param('subscriptionId') subscriptionId: string, @Req() request: AuthenticatedRequest): Promise<void> {
    const caller = request.caller as Caller;
    const problem = subscriptionIdProblem(subscriptionId);
    if (problem) throw invalidWebhookInput([problem]);
    if (!(await deleteSubscription(this.db, this.settings.schema, caller.companyId, subscriptionId))) throw subscriptionNotFound(subscriptionId);
  }

  /** Body `{ "graceSeconds"?: n }`; header Idempotency-Key. */
  @Post(':subscriptionId/secret-rotations')
  async rotate(
    @Param('subscriptionId') subscriptionId: string,
    @Body() body: unknown,
    @Headers() headers: RawHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const result = await rotateSigningSecret(this.db, this.settings, request.caller as Caller, subscriptionId, body, headers['idempotency-key']);
    replyWith(response, { status: result.status, headers: result.replayed ? { 'Idempotent-Replayed': 'true' } : {} });
    return result.body;
  }

  private async own(request: AuthenticatedRequest, subscriptionId: string) {
    const problem = subscriptionIdProblem(subscriptionId);
    if (problem) throw invalidWebhookInput([problem]);
    const row = await findSubscription(this.db, this.settings.schema, (request.caller as Caller).companyId, subscriptionId);
    if (row === undefined) throw subscriptionNotFound(subscriptionId);
    return row;
  }
}
