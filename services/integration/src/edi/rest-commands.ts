import type { Provider } from '@nestjs/common';
// The command port and its in-process adapter are the gateway's too: reused from service-kit, not copied.
import { InProcessCommandGateway, type CommandAnswer, type CommandGateway, type CommandToSend } from '@renkei/service-kit';

export type { CommandAnswer, CommandGateway, CommandToSend };

/** How inbound messages reach the REST API of services/orders and services/work-progress: as the sender's own calls. */
export const EDI_COMMAND_GATEWAY = Symbol('EdiCommandGateway');

/** Embedded mode: the REST API runs in this app; each call is injected into its Fastify instance with the caller's Authorization header. */
export const EDI_COMMAND_GATEWAY_PROVIDER: Provider = { provide: EDI_COMMAND_GATEWAY, useClass: InProcessCommandGateway };
