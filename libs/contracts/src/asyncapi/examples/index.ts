import type { ContextName } from '../../contexts';
import { BOM_EXCHANGE_EXAMPLES } from './bom-exchange.examples';
import type { ContextExamples, MessageExample } from './message-example';
import { NETWORK_EXAMPLES } from './network.examples';
import { ORDERS_EXAMPLES } from './orders.examples';
import { QUOTES_EXAMPLES } from './quotes.examples';
import { WORK_PROGRESS_EXAMPLES } from './work-progress.examples';

export type { MessageExample } from './message-example';

const EXAMPLES: Readonly<Record<ContextName, ContextExamples>> = {
  network: NETWORK_EXAMPLES,
  quotes: QUOTES_EXAMPLES,
  orders: ORDERS_EXAMPLES,
  'bom-exchange': BOM_EXCHANGE_EXAMPLES,
  'work-progress': WORK_PROGRESS_EXAMPLES,
};

/** The example message of one event type and version, or undefined when none is written. */
export function messageExample(context: ContextName, type: string, version: number): MessageExample | undefined {
  return EXAMPLES[context][`${type}.v${version}`];
}
