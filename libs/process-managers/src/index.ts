export * from './process-manager';
export * from './fold-stream';
export * from './open-work-items';
