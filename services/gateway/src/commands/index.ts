import type { Provider } from '@nestjs/common';
import { COMMAND_GATEWAY, InProcessCommandGateway, RoutedCommandGateway, type ServiceUrls } from '@renkei/service-kit';
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
  /** Where each service answers in distributed mode (RENKEI_<SERVICE>_URL); null in embedded mode, where they run in this app. */
  readonly serviceUrls: ServiceUrls | null;
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
export function commandProviders({ serviceUrls }: CommandOptionsConfig): Provider[] {
  const gateway: Provider =
    serviceUrls === null
      ? { provide: COMMAND_GATEWAY, useClass: InProcessCommandGateway }
      : { provide: COMMAND_GATEWAY, useValue: new RoutedCommandGateway(serviceUrls, COMMAND_TIMEOUT_MS) };
  return [gateway, CommandSender, ...RESOLVERS];
}
