import type { Provider, Type } from '@nestjs/common';
import { EdiInterchangesController } from './edi-interchanges.controller';
import { EdiTables } from './edi-tables';
import { InboundInterchanges } from './receive/inbound-interchanges';
import type { ServiceUrls } from '@renkei/service-kit';
import { ediCommandGatewayProvider } from './rest-commands';
import { OutboundInterchanges } from './send/outbound-interchanges';

/** `POST` and `GET /v1/edi/interchanges`. */
export const EDI_CONTROLLERS: Type<unknown>[] = [EdiInterchangesController];

/**
 * The EDI channel's providers; inbound messages become commands of the REST API, in this app
 * (serviceUrls null) or at the services' URLs. Needs INTEGRATION_SCHEMA (the integration module's),
 * READ_DATABASE and AUTHENTICATOR (the core's), and the sharing consumer's `shared_events` for the
 * outbound interchanges.
 */
export function ediProviders(serviceUrls: ServiceUrls | null): Provider[] {
  return [ediCommandGatewayProvider(serviceUrls), EdiTables, InboundInterchanges, OutboundInterchanges];
}

export { ensureEdiTables } from './edi-tables';
export { EDI_CLI_EXIT_CODES, fetchInterchanges, runEdiCli, sendInterchangeFile, type FetchOptions, type FetchReport, type SendOptions, type SendReport } from './cli/edi-client';
