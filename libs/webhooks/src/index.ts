export * from './signature';
export * from './retry-schedule';
export * from './target-address';
export * from './target-url';
export * from './attempt-outcome';
export * from './delivery-order';
export * from './event-filter';
export * from './subscription-request';
