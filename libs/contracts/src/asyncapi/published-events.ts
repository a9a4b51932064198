import { CONTEXTS, type ContextName } from '../contexts';
import { BOM_EXCHANGE_EVENT_SCHEMAS } from '../bom-exchange';
import { NETWORK_EVENT_SCHEMAS } from '../network';
import { ORDERS_EVENT_SCHEMAS } from '../orders';
import { QUOTES_EVENT_SCHEMAS, RFQ_ISSUED_SCHEMAS } from '../quotes';
import { PROGRESS_REPORTED_SCHEMAS, WORK_PROGRESS_EVENT_SCHEMAS } from '../work-progress';

/** A JSON Schema as the contracts declare it (plain data, `as const`). */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** One event type in one schema version, as it can appear on a context topic. */
export interface PublishedEvent {
  readonly context: ContextName;
  readonly type: string;
  readonly version: number;
  /** True for the version written today; older ones are still in the log and come back on replays. */
  readonly current: boolean;
  readonly schema: JsonSchema;
}

/** The version each event type is written in today, per context. */
const CURRENT_SCHEMAS: Readonly<Record<ContextName, Readonly<Record<string, JsonSchema>>>> = {
  network: NETWORK_EVENT_SCHEMAS,
  quotes: QUOTES_EVENT_SCHEMAS,
  orders: ORDERS_EVENT_SCHEMAS,
  'bom-exchange': BOM_EXCHANGE_EVENT_SCHEMAS,
  'work-progress': WORK_PROGRESS_EVENT_SCHEMAS,
};

/**
 * Every version ever written of the types that changed. History is never migrated, so a replay
 * (or a consumer starting from the beginning) still receives these. Add a type here when it gets v2.
 */
const EVERY_VERSION: ReadonlyArray<readonly [ContextName, string, Readonly<Record<number, JsonSchema>>]> = [
  ['quotes', 'RfqIssued', RFQ_ISSUED_SCHEMAS],
  ['work-progress', 'ProgressReported', PROGRESS_REPORTED_SCHEMAS],
];

const SCHEMA_ID = /^https:\/\/renkei\.example\/schemas\/([a-z-]+)\/([A-Za-z]+)\/v([1-9]\d*)\.json$/;

/**
 * Every event type of every context in every schema version that exists, in context order, then
 * type, then version. The version is read from each schema's `$id`, the one place that names it
 * for every context (orders and bom-exchange keep no version map), and must agree with where the
 * schema is filed.
 */
export function publishedEvents(): PublishedEvent[] {
  const events: PublishedEvent[] = [];
  for (const context of CONTEXTS) {
    for (const [type, schema] of Object.entries(CURRENT_SCHEMAS[context])) {
      const current = versionOf(schema, context, type);
      const older = EVERY_VERSION.find(([ctx, name]) => ctx === context && name === type)?.[2] ?? {};
      const versions = new Map<number, JsonSchema>(Object.values(older).map((each) => [versionOf(each, context, type), each]));
      versions.set(current, schema);
      for (const [version, each] of [...versions].sort(([a], [b]) => a - b)) {
        events.push({ context, type, version, current: version === current, schema: each });
      }
    }
  }
  return events;
}

function versionOf(schema: JsonSchema, context: ContextName, type: string): number {
  const match = SCHEMA_ID.exec(String(schema['$id']));
  if (match === null || match[1] !== context || match[2] !== type) {
    throw new Error(`the schema filed as ${context} ${type} has $id ${String(schema['$id'])}, not https://renkei.example/schemas/${context}/${type}/v<n>.json`);
  }
  return Number(match[3]);
}
