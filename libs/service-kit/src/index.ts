export * from './tokens';
export * from './api-keys';
export * from './auth.guard';
export * from './problem-details';
export * from './problem-details.filter';
export * from './command-problems';
export * from './command-endpoint';
export * from './member-directory';
