import type { Provider, Type } from '@nestjs/common';
import { WebhookDeliveriesController } from './webhook-deliveries.controller';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WEBHOOK_SETTINGS, webhookSettingsOf, type WebhookOptions } from './webhook-options';
import { WebhookSubscriptionsController } from './webhook-subscriptions.controller';

export { WEBHOOK_SETTINGS, webhookSettingsOf, type WebhookOptions, type WebhookSettings } from './webhook-options';
export { WebhookDispatcher } from './webhook-dispatcher';

/** The webhook API: subscriptions, secret rotation, delivery log, dead letters. */
export const WEBHOOK_CONTROLLERS: Array<Type<unknown>> = [WebhookSubscriptionsController, WebhookDeliveriesController];

/**
 * The webhook channel's providers: its settings (checked now: a wrong option stops the start,
 * naming it) and the dispatcher. They need READ_DATABASE, DIRECTORY and AUTHENTICATOR (the core
 * adapters) and SharedEventsWakeUp; the IntegrationModule provides them all.
 */
export function webhookProviders(options: WebhookOptions): Provider[] {
  return [{ provide: WEBHOOK_SETTINGS, useValue: webhookSettingsOf(options) }, WebhookDispatcher];
}
