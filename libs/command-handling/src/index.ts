export * from './decider';
export * from './command-errors';
export * from './handle-command';
export * from './name-based-uuid';
export * from './read-state';
