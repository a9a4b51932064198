export * from './orders-error';
export * from './command-metadata';
export * from './orders-event';
export type { ParseResult } from './parse/field-reader';

export * from './customer-order/customer-order-messages';
export * from './customer-order/customer-order';
export * from './customer-order/customer-order-visibility';
export * from './customer-order/parse-customer-order';

export * from './purchase-order/purchase-order-commands';
export * from './purchase-order/purchase-order-events';
export * from './purchase-order/purchase-order-state';
export * from './purchase-order/evolve-purchase-order';
export * from './purchase-order/purchase-order';
export * from './purchase-order/purchase-order-status';
export * from './purchase-order/purchase-order-visibility';
export * from './purchase-order/parse-issue-purchase-order';
export * from './purchase-order/parse-acknowledgements';
export * from './purchase-order/parse-change-requests';
export * from './purchase-order/parse-shipments';
