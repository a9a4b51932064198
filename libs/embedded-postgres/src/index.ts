export * from './start-embedded-postgres';
