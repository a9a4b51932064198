import type { Provider } from '@nestjs/common';
// The gateway's command port and its in-process adapter are reused, not copied. They belong in
// libs/service-kit (type:adapter), where both the gateway and this channel could import them;
// until they move there, this is the one import across the services' boundary.
// eslint-disable-next-line @nx/enforce-module-boundaries
import type { CommandAnswer, CommandGateway, CommandToSend } from '../../../gateway/src/commands/command-gateway';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { InProcessCommandGateway } from '../../../gateway/src/commands/in-process-command-gateway';

export type { CommandAnswer, CommandGateway, CommandToSend };

/** How inbound messages reach the REST API of services/orders and services/work-progress: as the sender's own calls. */
export const EDI_COMMAND_GATEWAY = Symbol('EdiCommandGateway');

/** Embedded mode: the REST API runs in this app; each call is injected into its Fastify instance with the caller's Authorization header. */
export const EDI_COMMAND_GATEWAY_PROVIDER: Provider = { provide: EDI_COMMAND_GATEWAY, useClass: InProcessCommandGateway };
