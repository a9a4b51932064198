export * from './tokens';
export * from './api-keys';
export * from './auth.guard';
export * from './name-based-uuid';
export * from './problem-details';
export * from './problem-details.filter';
