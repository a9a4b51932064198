/** The PostgreSQL schema of the integration channels' tables (the deployment's read schema). */
export const INTEGRATION_SCHEMA = Symbol('IntegrationSchema');
