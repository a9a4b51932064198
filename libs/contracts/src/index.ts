export * from './contexts';
export * from './event-envelope';
export * from './cloud-events';
export * from './work-progress/progress-reported.v1';
export * from './trace-context';
