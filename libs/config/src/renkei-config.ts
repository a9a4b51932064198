import { z } from 'zod';

const brokers = z
  .string()
  .transform((value) => value.split(',').map((broker) => broker.trim()).filter((broker) => broker.length > 0))
  .refine((list) => list.length > 0 && list.every((broker) => /^[^\s:]+:\d+$/.test(broker)), 'must be host:port[,host:port...]');

/** A comma-separated list; empty entries are dropped. */
const commaList = z.string().transform((value) => value.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0));

const milliseconds = z.coerce.number().int('must be a whole number of milliseconds').min(1);

/** Where another service's HTTP API answers, e.g. http://orders:3000 (a path prefix is kept). */
const serviceUrl = z.string().url('must be an http(s):// URL, e.g. http://orders:3000').refine((value) => /^https?:\/\//.test(value), 'must be an http(s):// URL, e.g. http://orders:3000');

const schemaName = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier');

const environment = z.object({
  DATABASE_URL: z.string().url('must be a postgres:// URL').optional(),
  KAFKA_BROKERS: brokers.optional(),
  /** Where events are recorded: PostgreSQL (DATABASE_URL) or EventStoreDB (ESDB_CONNECTION_STRING); read models stay in PostgreSQL. */
  EVENT_STORE: z.enum(['postgres', 'esdb'], { message: "must be 'postgres' or 'esdb'" }).default('postgres'),
  /** EventStoreDB's connection string when EVENT_STORE=esdb, e.g. esdb://eventstore:2113?tls=false. */
  ESDB_CONNECTION_STRING: z.string().regex(/^esdb(\+discover)?:\/\//, 'must be an esdb:// or esdb+discover:// connection string').optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Health (/livez) and readiness (/readyz) for probes; carries no data and is never exposed outside the cluster. */
  RENKEI_MANAGEMENT_PORT: z.coerce.number().int().min(0).max(65535).default(9000),
  /** trace, debug, info, warn or error; logs are JSON lines on stdout. */
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error'], { message: 'must be one of trace, debug, info, warn, error' }).default('info'),
  RENKEI_DATA_DIR: z.string().default('./data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  RENKEI_EVENT_SCHEMA: schemaName.default('renkei'),
  RENKEI_READ_SCHEMA: schemaName.default('renkei_read'),
  RENKEI_API_KEYS: z.string().optional(),
  /**
   * Signs workshops' phone links (a deployment secret). Unset: embedded mode keeps a generated one in
   * the data folder; elsewhere links last only until the process restarts.
   */
  RENKEI_LINK_SIGNING_KEY: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 48)').optional(),
  KAFKA_CLIENT_ID: z.string().default('renkei'),
  /**
   * Distributed mode: where each service's API answers, for the gateway (its GraphQL mutations and the
   * public REST edge) and the integration service (EDI messages become commands).
   */
  RENKEI_WORK_PROGRESS_URL: serviceUrl.optional(),
  RENKEI_ORDERS_URL: serviceUrl.optional(),
  RENKEI_QUOTES_URL: serviceUrl.optional(),
  RENKEI_BOM_EXCHANGE_URL: serviceUrl.optional(),
  RENKEI_NETWORK_URL: serviceUrl.optional(),
  RENKEI_INTEGRATION_URL: serviceUrl.optional(),
  /** GraphQL schema introspection: on for trying Renkei out, off in production. */
  RENKEI_GRAPHQL_INTROSPECTION: z.enum(['on', 'off'], { message: "must be 'on' or 'off'" }).default('on'),
  /** Memory for serialized order answers the gateway serves again until the order changes; 0 turns the cache off. */
  RENKEI_ANSWER_CACHE_MB: z.coerce.number().int('must be a whole number of megabytes').min(0).max(65536).default(64),
  /**
   * Non-public addresses or CIDR blocks webhook targets may resolve to (e.g. 10.20.0.0/16 for
   * receivers inside the operator's network); none by default. Checked in full by the webhook channel.
   */
  RENKEI_WEBHOOK_ALLOWED_TARGETS: commaList.default([]),
  /** How long one webhook attempt may take (default 10 000). */
  RENKEI_WEBHOOK_TIMEOUT_MS: milliseconds.optional(),
  /** The wait before each webhook retry, at most, comma-separated (default: 10 retries from 5 s to 8 h, ~12 h in all; docs/webhooks.md). */
  RENKEI_WEBHOOK_RETRY_SCHEDULE_MS: commaList
    .refine((list) => list.length > 0 && list.every((entry) => /^\d+$/.test(entry)), 'must be whole numbers of milliseconds separated by commas, e.g. 5000,300000,1800000')
    .transform((list) => list.map(Number))
    .optional(),
  /** How often the webhook channel looks for new events and due retries when nothing wakes it (default 1 000). */
  RENKEI_WEBHOOK_POLL_MS: milliseconds.optional(),
});

export type RenkeiConfig = z.infer<typeof environment>;

const esdbNeedsItsConnection = (config: RenkeiConfig) => config.EVENT_STORE !== 'esdb' || config.ESDB_CONNECTION_STRING !== undefined;

/** Reads and checks the environment once at start-up; a bad variable stops the process with its name and rule. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RenkeiConfig {
  const parsed = environment.refine(esdbNeedsItsConnection, { path: ['ESDB_CONNECTION_STRING'], message: 'is required when EVENT_STORE=esdb' }).safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`invalid configuration:\n${problems}`);
  }
  return parsed.data;
}
