import type { Provider } from '@nestjs/common';
import { COMMAND_GATEWAY, HttpCommandGateway, InProcessCommandGateway } from '@renkei/service-kit';
import { BomCommandsResolver } from './bom/bom-commands.resolver';
import { CommandSender } from './command-sender';
import { CustomerOrderCommandsResolver } from './orders/customer-order-commands.resolver';
import { OrderChangeCommandsResolver } from './orders/order-change-commands.resolver';
import { OrderDeliveryCommandsResolver } from './orders/order-delivery-commands.resolver';
import { PurchaseOrderCommandsResolver } from './orders/purchase-order-commands.resolver';
import { QuoteCommandsResolver } from './quotes/quote-commands.resolver';
import { RfqCommandsResolver } from './quotes/rfq-commands.resolver';
import { WorkProgressCommandsResolver } from './work-progress/work-progress-commands.resolver';

export { commandErrorExtensions } from './command-answer';

export interface CommandOptionsConfig {
  /**
   * Where the services' `/v1` endpoints answer in distributed mode (RENKEI_COMMANDS_URL), e.g.
   * http://renkei-ingress:3000; null in embedded mode, where they run in this app.
   */
  readonly commandsUrl: string | null;
}

/** The services answer in milliseconds; one that has not answered in this long is reported unavailable. */
const COMMAND_TIMEOUT_MS = 30_000;

const RESOLVERS: Provider[] = [
  CustomerOrderCommandsResolver,
  PurchaseOrderCommandsResolver,
  OrderChangeCommandsResolver,
  OrderDeliveryCommandsResolver,
  RfqCommandsResolver,
  QuoteCommandsResolver,
  BomCommandsResolver,
  WorkProgressCommandsResolver,
];

/** Mutations: the lead's and workshops' commands, forwarded to the step-2 services in process or over HTTP. */
export function commandProviders({ commandsUrl }: CommandOptionsConfig): Provider[] {
  const gateway: Provider =
    commandsUrl === null
      ? { provide: COMMAND_GATEWAY, useClass: InProcessCommandGateway }
      : { provide: COMMAND_GATEWAY, useValue: new HttpCommandGateway({ baseUrl: checkedCommandsUrl(commandsUrl), timeoutMs: COMMAND_TIMEOUT_MS }) };
  return [gateway, CommandSender, ...RESOLVERS];
}

/** Embedded mode: the services run in the same app. */
export const COMMAND_PROVIDERS: Provider[] = commandProviders({ commandsUrl: null });

/** Checked where the providers are built, so a bad value stops the start, not the first mutation. */
function checkedCommandsUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw new Error('RENKEI_COMMANDS_URL (commandsUrl) must be an http or https URL without query or fragment, e.g. http://renkei-ingress:3000');
  }
  return value;
}
