import type { Provider } from '@nestjs/common';
// The command port and its in-process adapter are the gateway's too: reused from service-kit, not copied.
import { InProcessCommandGateway, RoutedCommandGateway, type CommandAnswer, type CommandGateway, type CommandToSend, type ServiceUrls } from '@renkei/service-kit';

export type { CommandAnswer, CommandGateway, CommandToSend };

/** How inbound messages reach the REST API of services/orders and services/work-progress: as the sender's own calls. */
export const EDI_COMMAND_GATEWAY = Symbol('EdiCommandGateway');

/** A service slower than this is reported unavailable; the sender's retry with the same interchange is idempotent. */
const COMMAND_TIMEOUT_MS = 30_000;

/**
 * Embedded mode (no URLs): the REST API runs in this app, and each call is injected into its Fastify
 * instance. Distributed mode: each call goes to the service that owns it. Either way with the
 * sender's own Authorization header.
 */
export function ediCommandGatewayProvider(serviceUrls: ServiceUrls | null): Provider {
  return serviceUrls === null
    ? { provide: EDI_COMMAND_GATEWAY, useClass: InProcessCommandGateway }
    : { provide: EDI_COMMAND_GATEWAY, useValue: new RoutedCommandGateway(serviceUrls, COMMAND_TIMEOUT_MS) };
}
