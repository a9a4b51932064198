import type { Provider, Type } from '@nestjs/common';
import { EdiInterchangesController } from './edi-interchanges.controller';
import { EdiTables } from './edi-tables';
import { InboundInterchanges } from './receive/inbound-interchanges';
import { EDI_COMMAND_GATEWAY_PROVIDER } from './rest-commands';
import { OutboundInterchanges } from './send/outbound-interchanges';

/** `POST` and `GET /v1/edi/interchanges`. */
export const EDI_CONTROLLERS: Type<unknown>[] = [EdiInterchangesController];

/**
 * The EDI channel's providers, embedded mode (the REST API in the same Fastify app). Needs
 * INTEGRATION_SCHEMA (the integration module's), READ_DATABASE and AUTHENTICATOR (the core's),
 * and the sharing consumer's `shared_events` for the outbound interchanges.
 */
export const EDI_PROVIDERS: Provider[] = [EDI_COMMAND_GATEWAY_PROVIDER, EdiTables, InboundInterchanges, OutboundInterchanges];

export { ensureEdiTables } from './edi-tables';
export { EDI_CLI_EXIT_CODES, fetchInterchanges, runEdiCli, sendInterchangeFile, type FetchOptions, type FetchReport, type SendOptions, type SendReport } from './cli/edi-client';
