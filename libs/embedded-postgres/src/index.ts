export * from './start-embedded-postgres';
export * from './embedded-postgres-process';
