export * from './test-database';
export * from './wait-for';
export * from './decider-specification';
export * from './kafka';
export * from './json-schema-violations';
export * from './mask-id';
