export * from './recorded-event';
export * from './global-position';
export * from './expected-revision';
export * from './errors';
export * from './event-store';
export * from './validate-append';
export * from './doorbell';
export * from './polling-subscription';
